package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: the client gets a 500 with an opaque {@code errorId}; the log gets the same id with
 * the stack trace, so an operator can find it. Nothing internal reaches the body.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        return internalError(exception, headers);
    }

    static Response internalError(Throwable exception, HttpHeaders headers) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + errorId, exception);
        return ProblemResponses.build(new Problem(500, Reason.INTERNAL_ERROR, List.of(), errorId), headers)
                .build();
    }
}
