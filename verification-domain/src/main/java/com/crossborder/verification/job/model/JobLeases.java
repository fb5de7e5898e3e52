package com.crossborder.verification.job.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Leases in the shared database that let one node of a cluster run a given job: taken before the job starts,
 * renewed by a heartbeat while it runs, given back when it ends, and lapsing on their own soon after the holder
 * dies mid-run.
 */
public interface JobLeases {

    /** Who holds a job's lease, and until when. */
    record Lease(String holder, Instant expiresAt) {

        public boolean lapsed(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }

    /** Takes the lease for {@code holder} unless another holder has one that has not lapsed; commits on its own. */
    boolean acquire(String jobName, String holder, Instant now, Duration ttl);

    /** Extends {@code holder}'s lease to {@code now + ttl}; false when it holds none any more. Commits on its own. */
    boolean renew(String jobName, String holder, Instant now, Duration ttl);

    /** The job's lease row, lapsed or not. */
    Optional<Lease> current(String jobName);

    /**
     * Claims the scheduled run of {@code night} (a business date) for {@code holder}: true for the first claim of
     * that job and night in the whole cluster, false for every later one. Commits on its own.
     */
    boolean claimNight(String jobName, LocalDate night, String holder, Instant now);

    /** Gives the lease back, if {@code holder} has it; commits on its own. */
    void release(String jobName, String holder);
}
