package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Rejection;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal from the domain becomes the matching status with its reason code. */
@Provider
public class RejectionMapper implements ExceptionMapper<Rejection> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Rejection rejection) {
        int status = switch (rejection.kind()) {
            case RULE_VIOLATED -> 422;
            case STATE_CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case UNAUTHENTICATED -> 401;
            case RATE_LIMITED -> 429;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
        Response.ResponseBuilder response =
                ProblemResponses.build(new Problem(status, rejection.code(), rejection.problems(), null), headers);
        rejection.retryAfter().ifPresent(wait -> response.header("Retry-After", Math.max(1, wait.toSeconds())));
        return response.build();
    }
}
