package com.crossborder.verification.web.job;

import com.crossborder.verification.batch.job.JobControl;
import com.crossborder.verification.job.model.RecoveryPolicy;
import com.crossborder.verification.web.platform.BusinessMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code verification.jobs.heartbeat} (30 s) on every node: renews the leases of the jobs this node runs, and
 * recovers runs whose node died — their lease lapsed ({@code verification.jobs.lease-duration}, 2 min) — by marking
 * them FAILED and restarting them from their checkpoint. No person is needed after a crash.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class JobWatch {

    private static final Logger LOG = Logger.getLogger(JobWatch.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RecoveryPolicy policy;

    @Inject
    JobControl jobs;

    @Inject
    BusinessMetrics metrics;

    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void start() {
        long every = policy.heartbeat().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("job-watch", false));
        LOG.info(() -> "Job leases renewed every " + policy.heartbeat() + ", lapsing after " + policy.lease());
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void beat() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            jobs.heartbeat();
            metrics.recovered(jobs.recoverDeadRuns().size());
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Job heartbeat or recovery failed; trying again on the next beat", failed);
        } finally {
            busy.set(false);
        }
    }
}
