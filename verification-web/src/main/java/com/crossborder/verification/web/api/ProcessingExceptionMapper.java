package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B provider wraps a body it cannot read in a {@link ProcessingException}; such a body is the
 * client's mistake (400), anything else goes to the unexpected-error mapper.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return ProblemResponses.build(Problem.of(400, Reason.MALFORMED_JSON), headers)
                        .build();
            }
        }
        return UnexpectedExceptionMapper.internalError(exception, headers);
    }
}
