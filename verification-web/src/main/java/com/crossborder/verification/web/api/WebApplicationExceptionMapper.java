package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.ReasonCode;
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

    static ReasonCode codeFor(int status) {
        return switch (status) {
            case 400 -> ReasonCode.MALFORMED_REQUEST;
            case 401 -> ReasonCode.UNAUTHORIZED;
            case 403 -> ReasonCode.FORBIDDEN;
            case 404 -> ReasonCode.NOT_FOUND;
            case 405 -> ReasonCode.METHOD_NOT_ALLOWED;
            case 406 -> ReasonCode.NOT_ACCEPTABLE;
            case 413 -> ReasonCode.PAYLOAD_TOO_LARGE;
            case 415 -> ReasonCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ReasonCode.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ReasonCode.INTERNAL_ERROR : ReasonCode.MALFORMED_REQUEST;
        };
    }
}
