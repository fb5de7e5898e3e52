package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed when it committed (two reviewers claiming at once, say): a lost race answers 409, anything
 * else is unexpected. Ahead of Jersey's own mapper for this type, which rethrows the cause and ends in a bare 500.
 */
@Provider
@Priority(1)
public class CommitFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException exception) {
        if (UnexpectedExceptionMapper.lostARace(exception)) {
            return ProblemResponses.build(Problem.of(409, Reason.CONCURRENT_UPDATE), headers)
                    .build();
        }
        return UnexpectedExceptionMapper.internalError(exception, headers);
    }
}
