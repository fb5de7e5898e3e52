package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** JAX-RS's own refusals (unknown path, wrong method or media type, …) in the problem+json shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            LOG.log(Level.WARNING, "Request failed with status " + status, exception);
        }
        Response.ResponseBuilder response = ProblemResponses.build(Problem.of(status, codeFor(status)), headers);
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    static Reason codeFor(int status) {
        return switch (status) {
            case 400 -> Reason.MALFORMED_REQUEST;
            case 401 -> Reason.UNAUTHORIZED;
            case 403 -> Reason.FORBIDDEN;
            case 404 -> Reason.NOT_FOUND;
            case 405 -> Reason.METHOD_NOT_ALLOWED;
            case 406 -> Reason.NOT_ACCEPTABLE;
            case 413 -> Reason.PAYLOAD_TOO_LARGE;
            case 415 -> Reason.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> Reason.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? Reason.INTERNAL_ERROR : Reason.MALFORMED_REQUEST;
        };
    }
}
