package com.crossborder.verification.application.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.PhotoStore;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A holder withdraws an application nobody decided yet. It leaves the review queue (a reviewer's claim ends with it),
 * the card goes back to where it stood, and the photos are deleted at once: the holder ended the purpose they were
 * given for (PIPL Art. 47). Under a legal hold they are kept, and the retention job deletes them after the hold is
 * released, as for a decided application.
 */
@ApplicationScoped
public class ApplicationWithdrawal {

    @Inject
    OnlineApplications online;

    @Inject
    Applications applications;

    @Inject
    Cards cards;

    @Inject
    PhotoStore photos;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public Application withdraw(Actor holder, UUID applicationId) {
        Application application = online.own(holder, applicationId);
        applications.lockForChange(application);
        application.withdraw(clock.now());
        cards.withId(application.cardId()).ifPresent(Card::verificationWithdrawn);
        audit.record(
                holder,
                "APPLICATION_WITHDRAWN",
                "Application",
                applicationId.toString(),
                "card=****" + application.cardNumberLastFour());
        if (!application.underLegalHold()) {
            int deleted = photos.removeAll(applicationId);
            audit.record(
                    holder,
                    "PHOTOS_DELETED",
                    "Application",
                    applicationId.toString(),
                    "reason=WITHDRAWN count=" + deleted);
        }
        return application;
    }
}
