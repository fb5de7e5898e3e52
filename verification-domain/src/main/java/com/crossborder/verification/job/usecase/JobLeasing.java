package com.crossborder.verification.job.usecase;

import com.crossborder.verification.job.model.JobLeases;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/** This node's leases on the nightly jobs, so that only one node of a cluster runs a job at a time. */
@ApplicationScoped
public class JobLeasing {

    /** Longer than any run; a lease left by a node that died lapses after it. */
    public static final Duration LEASE = Duration.ofHours(1);

    /** This node, as the lease table names it. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    JobLeases leases;

    @Inject
    BusinessClock clock;

    /** Takes the job's lease for this node unless another node holds one that has not lapsed. */
    public boolean acquire(String jobName) {
        return acquireAs(NODE, jobName);
    }

    /** The same for a named holder (tests use it to play a second node). */
    public boolean acquireAs(String holder, String jobName) {
        return leases.acquire(jobName, holder, clock.now(), LEASE);
    }

    public void release(String jobName) {
        leases.release(jobName, NODE);
    }
}
