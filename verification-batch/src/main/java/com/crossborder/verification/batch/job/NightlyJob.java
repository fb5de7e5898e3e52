package com.crossborder.verification.batch.job;

import java.util.Arrays;
import java.util.Optional;

/** The jobs an operator may start, by the name of their XML in META-INF/batch-jobs. */
public enum NightlyJob {
    PENDING_REVIEW("pending-review", "Screens submitted applications and queues them for review");

    private final String jobName;
    private final String description;

    NightlyJob(String jobName, String description) {
        this.jobName = jobName;
        this.description = description;
    }

    public static Optional<NightlyJob> named(String jobName) {
        return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
    }

    public String jobName() {
        return jobName;
    }

    public String description() {
        return description;
    }
}
