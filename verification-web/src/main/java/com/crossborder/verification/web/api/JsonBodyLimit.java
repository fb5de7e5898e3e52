package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * JSON bodies larger than {@code verification.http.max-json-bytes} (64 KiB by default) are refused with 413
 * {@code JSON_BODY_TOO_LARGE} before any parser sees them: by the declared {@code Content-Length} without reading a
 * byte, and a body sent in chunks (no length) by counting while it is buffered, stopping at the first byte over the
 * limit. Photo and scan uploads are not JSON and keep their own limits ({@code verification.photo.max-bytes}).
 */
@Provider
@PreMatching
@Priority(Priorities.ENTITY_CODER - 100)
public class JsonBodyLimit implements ContainerRequestFilter {

    static final int DEFAULT_LIMIT = 64 * 1024;

    private volatile Integer limit;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || !isJson(type)) {
            return;
        }
        int max = limit();
        if (request.getLength() > max) {
            throw Rejection.tooLarge("body", Reason.JSON_BODY_TOO_LARGE);
        }
        if (request.getLength() < 0 && request.hasEntity()) {
            request.setEntityStream(new ByteArrayInputStream(readAtMost(request.getEntityStream(), max)));
        }
    }

    static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    /** The whole body, or 413 as soon as it passes {@code max} bytes. */
    static byte[] readAtMost(InputStream body, int max) throws IOException {
        byte[] read = body.readNBytes(max + 1);
        if (read.length > max) {
            throw Rejection.tooLarge("body", Reason.JSON_BODY_TOO_LARGE);
        }
        return read;
    }

    private int limit() {
        Integer known = limit;
        if (known == null) {
            known = ConfigProvider.getConfig()
                    .getOptionalValue("verification.http.max-json-bytes", Integer.class)
                    .orElse(DEFAULT_LIMIT);
            limit = known;
        }
        return known;
    }
}
