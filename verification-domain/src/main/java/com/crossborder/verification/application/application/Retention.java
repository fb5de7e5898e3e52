package com.crossborder.verification.application.application;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.audit.application.AuditLog;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.ReasonCode;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Document images are kept only as long as needed: photos and outlet scans are deleted a configured time after the
 * final decision, unless an administrator placed the application under legal hold.
 */
@ApplicationScoped
public class Retention {

    /** What the purge did with one application. */
    public enum Outcome { PURGED, SKIPPED }

    /** How long images are kept after the final decision. */
    public record Period(Duration afterDecision) {
    }

    static final Actor JOB = Actor.system("job:retention-purge");

    @Inject
    Applications applications;

    @Inject
    AuditLog audit;

    @Transactional
    public Application legalHold(Actor admin, UUID applicationId, boolean hold) {
        Application application = applications.withId(applicationId)
                .orElseThrow(() -> Rejection.notFound(ReasonCode.APPLICATION_NOT_FOUND));
        application.legalHold(hold);
        audit.record(admin, hold ? "LEGAL_HOLD_PLACED" : "LEGAL_HOLD_RELEASED", "Application", applicationId.toString(), "");
        return application;
    }

    /** A chunk of applications past retention, in a transaction of its own (see {@link Screening#screenAll}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> purgeAll(List<UUID> applicationIds) {
        return applicationIds.stream().map(this::purge).toList();
    }

    private Outcome purge(UUID applicationId) {
        Application application = applications.withId(applicationId).orElse(null);
        if (application == null || application.isOpen() || application.underLegalHold()) {
            return Outcome.SKIPPED;
        }
        int removed = applications.purgeImages(applicationId);
        if (removed == 0) {
            return Outcome.SKIPPED;
        }
        audit.record(JOB, "IMAGES_PURGED", "Application", applicationId.toString(), "images=" + removed);
        return Outcome.PURGED;
    }
}
