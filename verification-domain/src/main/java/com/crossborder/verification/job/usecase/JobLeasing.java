package com.crossborder.verification.job.usecase;

import com.crossborder.verification.job.model.BatchRecords;
import com.crossborder.verification.job.model.JobLeases;
import com.crossborder.verification.job.model.RecoveryPolicy;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.UUID;

/**
 * This node's leases on the nightly jobs, so that only one node of a cluster runs a job at a time: short leases
 * ({@link RecoveryPolicy#lease()}, two minutes by default) renewed by a heartbeat while the run goes on, so that the
 * lease of a node that died lapses within minutes and its run can be recovered.
 */
@ApplicationScoped
public class JobLeasing {

    /** This node, as the lease table names it: a process that starts again is another holder. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    /** The exit status of a run whose node died, once marked FAILED. */
    public static final String HOLDER_DIED = "HOLDER_DIED";

    @Inject
    JobLeases leases;

    @Inject
    BatchRecords records;

    @Inject
    RecoveryPolicy policy;

    @Inject
    BusinessClock clock;

    /**
     * Whether this node's scheduler starts tonight's run of the job: only the first node of the cluster to ask for a
     * business date does, so the schedule runs each job once a night even when a run ends before another node's timer
     * fires.
     */
    public boolean claimTonight(String jobName) {
        return leases.claimNight(jobName, clock.today(), NODE, clock.now());
    }

    /** Takes the job's lease for this node unless another node holds one that has not lapsed. */
    public boolean acquire(String jobName) {
        return acquireAs(NODE, jobName);
    }

    /** The same for a named holder (tests use it to play a second node). */
    public boolean acquireAs(String holder, String jobName) {
        return leases.acquire(jobName, holder, clock.now(), policy.lease());
    }

    /**
     * The heartbeat: extends this node's lease on a job it runs; takes it again should it have lapsed meanwhile (a
     * long pause) and nobody else taken it. False when another node holds it now.
     */
    public boolean renew(String jobName) {
        return leases.renew(jobName, NODE, clock.now(), policy.lease()) || acquire(jobName);
    }

    /**
     * Whether a node (this one included) holds the job's lease and it has not lapsed: that node is alive and runs, or
     * is just starting or ending, the job.
     */
    public boolean held(String jobName) {
        return leases.current(jobName)
                .filter(lease -> !lease.lapsed(clock.now()))
                .isPresent();
    }

    /**
     * Marks a run whose holder died FAILED in the job repository (exit status {@code HOLDER_DIED}), so that the API
     * tells the truth and the run can be restarted from its checkpoint; false when it was not running.
     */
    public boolean markHolderDied(long executionId) {
        return records.markFailed(executionId, HOLDER_DIED, clock.now());
    }

    /**
     * The job's runs that the job repository calls running, on any node or process, dead ones included (the batch
     * runtime's {@code getRunningExecutions} knows only the runs of this process).
     */
    public List<Long> runningAnywhere(String jobName) {
        return records.running(jobName);
    }

    /** Whether a partition of the run is still running (see {@link BatchRecords#partitionsRunning}). */
    public boolean partitionsRunning(long executionId) {
        return records.partitionsRunning(executionId);
    }

    public void release(String jobName) {
        leases.release(jobName, NODE);
    }

    public RecoveryPolicy policy() {
        return policy;
    }
}
