package com.crossborder.verification.job.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Leases in the shared database that let one node of a cluster run a given job: taken before the job starts, given
 * back when it ends, and lapsing on their own after their time should the holder die mid-run.
 */
public interface JobLeases {

    /** Takes the lease for {@code holder} unless another holder has one that has not lapsed; commits on its own. */
    boolean acquire(String jobName, String holder, Instant now, Duration ttl);

    /** Gives the lease back, if {@code holder} has it; commits on its own. */
    void release(String jobName, String holder);
}
