package com.crossborder.verification.job.model;

import java.time.Duration;

/**
 * How a job's run survives the death of the node running it: the lease is taken for {@code lease} and renewed every
 * {@code heartbeat} while the run goes on, so that it lapses within {@code lease} of its holder dying; a run the job
 * repository still calls running whose holder is gone is then marked FAILED and restarted from its checkpoint.
 * {@code repositoryDataSource} names the batch runtime's data source (empty: found among the usual names).
 */
public record RecoveryPolicy(Duration lease, Duration heartbeat, String repositoryDataSource) {

    /** Two-minute leases renewed every 30 seconds. */
    public static final RecoveryPolicy DEFAULT = new RecoveryPolicy(Duration.ofMinutes(2), Duration.ofSeconds(30), "");

    public RecoveryPolicy {
        if (lease == null || heartbeat == null || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("lease and heartbeat must be positive");
        }
        if (heartbeat.multipliedBy(2).compareTo(lease) > 0) {
            throw new IllegalArgumentException("the heartbeat must renew a lease at least twice before it lapses");
        }
        repositoryDataSource = repositoryDataSource == null ? "" : repositoryDataSource.strip();
    }
}
