package com.crossborder.verification.job.model;

import java.time.Instant;
import java.util.List;

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

    /**
     * The runs of the job that the repository calls running (STARTING, STARTED, STOPPING), on whatever node or process,
     * dead ones included: {@code JobOperator.getRunningExecutions} names only those running in this process.
     */
    List<Long> running(String jobName);

    /**
     * Whether a partition of the run is still STARTING, STARTED or STOPPING in the repository: a stopped run's
     * partitions that had not begun when it stopped are recorded as ended only once their threads get to run.
     */
    boolean partitionsRunning(long executionId);
}
