package com.crossborder.verification.job.model;

import java.time.Instant;

/**
 * The batch runtime's job repository, where Jakarta Batch offers no operation: a run whose node died stays STARTED
 * there for ever, and only a FAILED (or STOPPED) run can be restarted.
 */
public interface BatchRecords {

    /**
     * Marks a run that the repository still calls running (and its running steps) FAILED with {@code exitStatus};
     * true when it was running. Commits on its own.
     */
    boolean markFailed(long executionId, String exitStatus, Instant now);
}
