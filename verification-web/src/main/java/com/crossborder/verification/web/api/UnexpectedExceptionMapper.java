package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
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
        if (lostARace(exception)) {
            LOG.log(Level.INFO, "Concurrent update answered 409", exception);
            return ProblemResponses.build(Problem.of(409, Reason.CONCURRENT_UPDATE), headers)
                    .build();
        }
        return internalError(exception, headers);
    }

    /**
     * Whether the request lost a race with another writer: an optimistic-lock failure (JPA's or EclipseLink's, also
     * wrapped in a RollbackException, TransactionalException or EJBTransactionRolledbackException), or the database
     * breaking a deadlock or a serialization conflict ({@code 40P01}, {@code 40001}). Trying again is the answer.
     */
    static boolean lostARace(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("OptimisticLockException")
                    || name.equals("RollbackException")
                            && String.valueOf(cause.getMessage()).contains("OptimisticLock")) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static Response internalError(Throwable exception, HttpHeaders headers) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + errorId, exception);
        return ProblemResponses.build(new Problem(500, Reason.INTERNAL_ERROR, List.of(), errorId), headers)
                .build();
    }
}
