package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A JSON body that reads as nothing (the literal {@code null}) is refused before a resource sees it,
 * so resources never get a null request object. An empty body is already a 400 from JAX-RS itself.
 */
@Provider
public class RequiredBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null && MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            throw Rejection.onField("body", Reason.FIELD_REQUIRED);
        }
        return body;
    }
}
