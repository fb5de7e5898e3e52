package com.crossborder.verification.retention.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.PhotoStore;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.outlet.model.Scans;
import com.crossborder.verification.retention.model.RetainedImages;
import com.crossborder.verification.retention.model.RetentionPeriod;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Document images are kept only as long as needed: photos and outlet scans are deleted a configured time after the
 * final decision, unless an administrator placed the application under legal hold.
 */
@ApplicationScoped
public class Retention {

    /** What the purge did with one application. */
    public enum Outcome {
        PURGED,
        SKIPPED
    }

    /** The nightly job {@code retention-purge}, as the audit trail names it. */
    public static final Actor JOB = Actor.system("job:retention-purge");

    @Inject
    Applications applications;

    @Inject
    RetainedImages retained;

    @Inject
    PhotoStore photos;

    @Inject
    OutletVisits visits;

    @Inject
    Scans scans;

    @Inject
    RetentionPeriod period;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public Application legalHold(Actor admin, UUID applicationId, boolean hold) {
        Application application =
                applications.withId(applicationId).orElseThrow(() -> Rejection.notFound(Reason.APPLICATION_NOT_FOUND));
        applications.lockForChange(application);
        application.legalHold(hold);
        audit.record(
                admin, hold ? "LEGAL_HOLD_PLACED" : "LEGAL_HOLD_RELEASED", "Application", applicationId.toString(), "");
        return application;
    }

    /** Applications whose images are past the retention period, a keyset page at a time. */
    public List<UUID> dueAfter(UUID after, int limit) {
        return retained.decidedBeforeAfter(clock.now().minus(period.afterDecision()), after, limit);
    }

    /** A chunk of applications past retention, in a transaction of its own (see {@code Screening#screenAll}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> purgeAll(List<UUID> applicationIds) {
        return applicationIds.stream().map(this::purge).toList();
    }

    private Outcome purge(UUID applicationId) {
        Application application = applications.withId(applicationId).orElse(null);
        if (application != null) {
            // Locked and read again per item: a legal hold placed after the chunk was read (and committed before this
            // lock) is seen here; one placed later waits for this purge to end.
            applications.lockForChange(application);
        }
        if (application == null || application.isOpen() || application.underLegalHold()) {
            return Outcome.SKIPPED;
        }
        int removed = photos.removeAll(applicationId);
        OutletVisit visit = visits.ofApplication(applicationId).orElse(null);
        if (visit != null) {
            removed += scans.remove(visit.scanIds());
            visit.releaseScans();
        }
        if (removed == 0) {
            return Outcome.SKIPPED;
        }
        audit.record(JOB, "IMAGES_PURGED", "Application", applicationId.toString(), "images=" + removed);
        return Outcome.PURGED;
    }
}
