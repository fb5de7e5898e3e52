package com.crossborder.verification.retention.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.PhotoStore;
import com.crossborder.verification.application.usecase.HolderNotices;
import com.crossborder.verification.application.usecase.HolderNotices.Notice;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.outlet.model.Scans;
import com.crossborder.verification.retention.model.IdleLimits;
import com.crossborder.verification.retention.model.RetainedImages;
import com.crossborder.verification.retention.model.RetentionPeriod;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Document images are kept only as long as needed: photos and outlet scans are deleted a configured time after the
 * final decision, and with them the identity the holder declared, unless an administrator placed the application under
 * legal hold. Nothing waits forever either: drafts and re-upload requests left untouched expire (the holder is told by
 * SMS), and counter scans never attached to a visit are deleted.
 */
@ApplicationScoped
public class Retention {

    /** What the purge did with one application. */
    public enum Outcome {
        PURGED,
        EXPIRED,
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

    @Inject
    IdleLimits idle;

    @Inject
    Cards cards;

    @Inject
    HolderNotices notices;

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
        boolean approvedAgain = application.status() == ApplicationStatus.APPROVED
                && retained.approvedAgainAfter(
                        application.cardId(), application.decidedAt().orElseThrow());
        int identity = application.identityDisposableAfterRetention(approvedAgain)
                ? retained.removeIdentity(applicationId)
                : 0;
        int removed = photos.removeAll(applicationId);
        OutletVisit visit = visits.ofApplication(applicationId).orElse(null);
        if (visit != null) {
            removed += scans.remove(visit.scanIds());
            visit.releaseScans();
        }
        if (removed + identity == 0) {
            return Outcome.SKIPPED;
        }
        audit.record(
                JOB,
                "IMAGES_PURGED",
                "Application",
                applicationId.toString(),
                "images=" + removed + " identity=" + identity);
        return Outcome.PURGED;
    }

    /** Drafts and re-upload requests untouched for the configured time, not under legal hold, a keyset page at a time. */
    public List<UUID> abandonedAfter(UUID after, int limit) {
        return retained.untouchedSinceAfter(clock.now().minus(idle.abandonedAfter()), after, limit);
    }

    /**
     * A chunk of abandoned applications, in a transaction of its own: each expires (checked again under its lock: the
     * holder may have just uploaded, or a hold been placed), its card goes back as on a withdrawal, its photos are
     * deleted, and the holder is told by SMS.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> expireAll(List<UUID> applicationIds) {
        Instant now = clock.now();
        return applicationIds.stream().map(id -> expire(id, now)).toList();
    }

    private Outcome expire(UUID applicationId, Instant now) {
        Application application = applications.withId(applicationId).orElse(null);
        if (application == null) {
            return Outcome.SKIPPED;
        }
        applications.lockForChange(application);
        if (!application.isAbandonedAt(now, idle.abandonedAfter())) {
            return Outcome.SKIPPED;
        }
        application.expire(now, idle.abandonedAfter());
        cards.withId(application.cardId()).ifPresent(Card::verificationWithdrawn);
        int deleted = photos.removeAll(applicationId);
        audit.record(
                JOB,
                "APPLICATION_EXPIRED",
                "Application",
                applicationId.toString(),
                "card=****" + application.cardNumberLastFour() + " photos=" + deleted);
        notices.tell(Notice.expired(application, idle.abandonedAfterDays()));
        return Outcome.EXPIRED;
    }

    /** Counter scans never attached to a visit and older than the configured time, a keyset page at a time. */
    public List<UUID> orphanScansAfter(UUID after, int limit) {
        return retained.orphanScansAfter(clock.now().minus(idle.orphanScansAfter()), after, limit);
    }

    /** A chunk of unattached scans deleted in a transaction of its own (those attached meanwhile are kept). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> purgeOrphanScans(List<UUID> scanIds) {
        int removed = retained.removeOrphanScans(scanIds, clock.now().minus(idle.orphanScansAfter()));
        if (removed > 0) {
            audit.record(JOB, "ORPHAN_SCANS_PURGED", "Scan", "-", "scans=" + removed);
        }
        // one outcome per id: the deleted ones first (which ones is not worth a query)
        return IntStream.range(0, scanIds.size())
                .mapToObj(i -> i < removed ? Outcome.PURGED : Outcome.SKIPPED)
                .toList();
    }
}
