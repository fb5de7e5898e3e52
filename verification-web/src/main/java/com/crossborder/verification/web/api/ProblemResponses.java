package com.crossborder.verification.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Builds problem+json responses in the language the request asked for. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Locale locale(HttpHeaders headers) {
        return Languages.preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** Standard reason phrases, so that a 422 is not sent as "422 CUSTOM". */
    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable Content" : "Error";
    }

    public static Response.ResponseBuilder build(Problem problem, HttpHeaders headers) {
        return Response.status(problem.status(), reasonPhrase(problem.status()))
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(problem.toJson(locale(headers)));
    }
}
