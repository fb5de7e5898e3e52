package com.crossborder.verification.web.job;

import com.crossborder.verification.batch.job.JobControl;
import com.crossborder.verification.batch.job.NightlyJob;
import com.crossborder.verification.job.usecase.JobLeasing;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.card.CardFileInbox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Starts each nightly job at its configured time in the business time zone ({@code verification.jobs.<job>.time},
 * 02:00 by default). Every node schedules it; the job's lease lets only one of them run it.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
public class NightlySchedule {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Config config;

    @Inject
    BusinessClock clock;

    @Inject
    JobControl jobs;

    @Inject
    CardFileInbox inbox;

    @Inject
    JobLeasing leasing;

    @PostConstruct
    void schedule() {
        for (NightlyJob job : NightlyJob.values()) {
            LocalTime at = timeOf(job);
            ScheduleExpression nightly = new ScheduleExpression()
                    .hour(at.getHour())
                    .minute(at.getMinute())
                    .second(0)
                    .timezone(clock.zone().getId());
            timers.createCalendarTimer(nightly, new TimerConfig(job.jobName(), false));
            LOG.info(() -> "Nightly job " + job.jobName() + " scheduled at " + at + " " + clock.zone());
        }
    }

    /** When the job starts each night ({@code verification.jobs.<job>.time}, 02:00 by default). */
    @Lock(LockType.READ)
    public LocalTime timeOf(NightlyJob job) {
        return LocalTime.parse(config.getOptionalValue("verification.jobs." + job.jobName() + ".time", String.class)
                .orElse("02:00"));
    }

    /** The business time zone the times are in. */
    @Lock(LockType.READ)
    public ZoneId zone() {
        return clock.zone();
    }

    @Timeout
    void run(Timer timer) {
        String jobName = (String) timer.getInfo();
        if (!leasing.claimTonight(jobName)) {
            LOG.info(() -> "Nightly job " + jobName + " not started here: started tonight by another node");
            return;
        }
        try {
            long executionId = NightlyJob.CARD_REGISTRY_IMPORT.jobName().equals(jobName)
                    ? inbox.importWaiting(Actor.system("scheduler"))
                    : jobs.start(jobName, Actor.system("scheduler"));
            LOG.info(() -> "Nightly job " + jobName + " started as execution " + executionId);
        } catch (Rejection alreadyRunning) {
            LOG.info(() -> "Nightly job " + jobName + " not started here: " + alreadyRunning.code());
        }
    }
}
