package com.crossborder.verification.web.security;

import com.crossborder.verification.shared.model.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who sent the current request, from its verified token. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken token;

    /** The account id from the token's subject. */
    public UUID accountId() {
        return UUID.fromString(token.getSubject());
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }

    /** The caller as the domain sees it: account id and role. */
    public Actor actor() {
        String role = token.getGroups().stream().findFirst().orElse("NONE");
        return new Actor(token.getSubject(), role);
    }
}
