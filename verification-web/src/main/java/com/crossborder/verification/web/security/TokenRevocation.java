package com.crossborder.verification.web.security;

import com.crossborder.verification.account.usecase.Sessions;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.web.api.Problem;
import com.crossborder.verification.web.api.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A signed token is not enough: its account must still exist and not be disabled, and the token must be newer than
 * the account's last password change and carry its current token generation (a reset, change or disable logs out
 * every device at once). The account's state is cached briefly by {@code Sessions} and forgotten on every change.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION + 1)
public class TokenRevocation implements ContainerRequestFilter {

    /** Milliseconds of issue, finer than {@code iat}, so that a login right after a reset is not cut off. */
    public static final String ISSUED_AT_MILLIS = "iat_ms";

    /** The account's token generation when the token was issued; any password change, disable or reset moves it. */
    public static final String GENERATION = "gen";

    @Inject
    JsonWebToken token;

    @Inject
    Sessions sessions;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (token == null || token.getRawToken() == null) {
            return;
        }
        Object millis = token.getClaim(ISSUED_AT_MILLIS);
        Instant issuedAt = millis instanceof Number number
                ? Instant.ofEpochMilli(number.longValue())
                : millis instanceof JsonNumber json
                        ? Instant.ofEpochMilli(json.longValue())
                        : Instant.ofEpochSecond(token.getIssuedAtTime());
        boolean accepted;
        try {
            Object generation = token.getClaim(GENERATION);
            int issuedUnder = generation instanceof Number number
                    ? number.intValue()
                    : generation instanceof JsonNumber json ? json.intValue() : 0;
            accepted = sessions.acceptsToken(UUID.fromString(token.getSubject()), issuedAt, issuedUnder);
        } catch (IllegalArgumentException notOurSubject) {
            accepted = false;
        }
        if (!accepted) {
            request.abortWith(ProblemResponses.build(Problem.of(401, Reason.TOKEN_REVOKED), headers)
                    .build());
        }
    }
}
