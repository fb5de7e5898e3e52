package com.crossborder.verification.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Small answers several resources give, typed so that the OpenAPI document shows their fields. */
public final class Answers {

    private Answers() {}

    /** A request taken: something will happen (a code sent, ...), whatever the caller may infer from it. */
    @Schema(name = "Accepted")
    public record Accepted(String status) {
        public static final Accepted ACCEPTED = new Accepted("ACCEPTED");
    }

    /** An SMS code asked for: {@code retryAfter} seconds until the next may be (also the Retry-After header). */
    @Schema(name = "CodeAccepted")
    public record CodeAccepted(String status, long retryAfter) {}

    /** A batch run started; follow it at {@code /api/v1/admin/jobs/executions/{executionId}}. */
    @Schema(name = "ExecutionStarted")
    public record ExecutionStarted(long executionId) {}
}
