package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/** A nightly job started through the admin API and watched to its end, as an operator's script would. */
final class Jobs {

    private Jobs() {}

    static long start(Api api, String admin, String jobName) {
        return api.post("api/v1/admin/jobs/" + jobName + "/executions", "", admin)
                .expect(202)
                .json()
                .getJsonNumber("executionId")
                .longValue();
    }

    /** The execution once it has ended (or after four minutes, as it was then). */
    static JsonObject awaitEnd(Api api, String admin, long executionId) throws InterruptedException {
        // Generous: on a loaded machine 1,200 applications in chunks of four take minutes on PostgreSQL.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        JsonObject execution;
        do {
            Thread.sleep(200);
            execution = api.get("api/v1/admin/jobs/executions/" + executionId, admin)
                    .expect(200)
                    .json();
        } while (!execution.getString("status").matches("COMPLETED|FAILED|STOPPED|ABANDONED")
                && Instant.now().isBefore(deadline));
        return execution;
    }

    /** Starts the job, waits for it and checks that it completed. */
    static JsonObject run(Api api, String admin, String jobName) throws InterruptedException {
        JsonObject execution = awaitEnd(api, admin, start(api, admin, jobName));
        assertEquals("COMPLETED", execution.getString("status"), execution::toString);
        return execution;
    }
}
