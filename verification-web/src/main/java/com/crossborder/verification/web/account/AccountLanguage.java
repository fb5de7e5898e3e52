package com.crossborder.verification.web.account;

import com.crossborder.verification.account.usecase.LanguageChoice;
import com.crossborder.verification.shared.model.Language;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signed-in caller whose request names no language we speak reads the language their account chose: the filter
 * puts it into the request's {@code Accept-Language}, so that problem messages and reason texts follow it. A
 * language the request names itself wins (a console's language switch, a phone's setting).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 2)
public class AccountLanguage implements ContainerRequestFilter {

    @Inject
    JsonWebToken token;

    @Inject
    LanguageChoice languages;

    @Override
    public void filter(ContainerRequestContext request) {
        if (token == null || token.getRawToken() == null) {
            return;
        }
        if (Language.fromAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                .isPresent()) {
            return;
        }
        UUID account;
        try {
            account = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException notOurSubject) {
            return;
        }
        languages
                .of(account)
                .ifPresent(chosen -> request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, chosen.tag()));
    }
}
