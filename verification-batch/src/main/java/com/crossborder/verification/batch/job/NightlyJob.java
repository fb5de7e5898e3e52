package com.crossborder.verification.batch.job;

import java.util.Arrays;
import java.util.Optional;

/** The jobs an operator may start, by the name of their XML in META-INF/batch-jobs. */
public enum NightlyJob {
    PENDING_REVIEW(
            "pending-review",
            "Screens submitted applications, rejects hard failures, queues the rest, escalates overdue ones"),
    EXPIRED_ID_REJECTION(
            "expired-id-rejection",
            "Refuses open applications with expired documents, asks expired verified cards to re-verify, warns ahead"),
    RETENTION_PURGE(
            "retention-purge", "Deletes document photos and scans after the retention period, except under legal hold"),
    KEY_ROTATION(
            "key-rotation",
            "Writes every ciphertext not under the current encryption key again under it (after a key rotation)"),
    CARD_REGISTRY_IMPORT(
            "card-registry-import",
            "Imports the card operator's card files (uploaded, or found in the inbox each night) into the registry");

    private final String jobName;
    private final String description;

    NightlyJob(String jobName, String description) {
        this.jobName = jobName;
        this.description = description;
    }

    public static Optional<NightlyJob> named(String jobName) {
        return Arrays.stream(values())
                .filter(job -> job.jobName.equals(jobName))
                .findFirst();
    }

    public String jobName() {
        return jobName;
    }

    public String description() {
        return description;
    }

    /** Whether the job works in partitions by id range ({@code partitions}, {@code bounds}). */
    public boolean partitioned() {
        return this == PENDING_REVIEW;
    }
}
