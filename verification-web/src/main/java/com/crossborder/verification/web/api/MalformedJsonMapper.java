package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or JSON of the wrong shape for the request, is a 400 with {@code MALFORMED_JSON}. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException exception) {
        return ProblemResponses.build(Problem.of(400, Reason.MALFORMED_JSON), headers)
                .build();
    }
}
