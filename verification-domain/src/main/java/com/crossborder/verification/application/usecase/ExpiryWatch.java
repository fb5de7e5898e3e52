package com.crossborder.verification.application.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.DocumentExpiries;
import com.crossborder.verification.application.usecase.HolderNotices.Notice;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardEvents;
import com.crossborder.verification.card.model.CardStatus;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the expiry of a document means, judged on the business date: open applications with an expired document are
 * refused; verified cards whose document expired need verifying again; holders are warned 30 and 7 days ahead,
 * each warning once. Every step checks the state first, so running it twice changes nothing.
 */
@ApplicationScoped
public class ExpiryWatch {

    /** What happened to one application or card. */
    public enum Outcome {
        REJECTED,
        REVERIFICATION_REQUIRED,
        WARNED_30,
        WARNED_7,
        SKIPPED
    }

    /** The nightly job {@code expired-id-rejection}, as the audit trail names it. */
    public static final Actor JOB = Actor.system("job:expired-id-rejection");

    static final int[] WARNING_DAYS = {30, 7};

    /** Cards are looked at from the first warning on; earlier than any document could expire. */
    private static final LocalDate ANY_TIME = LocalDate.of(1900, 1, 1);

    @Inject
    Applications applications;

    @Inject
    DocumentExpiries expiries;

    @Inject
    Cards cards;

    @Inject
    CardEvents cardEvents;

    @Inject
    HolderNotices notices;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** Open applications whose document expired before today, a keyset page at a time. */
    public List<UUID> openApplicationsExpiredAfter(UUID after, int limit) {
        return expiries.openApplicationsExpiredBefore(clock.today(), after, limit);
    }

    /** Verified cards whose document expired or expires within the first warning's days, a keyset page at a time. */
    public List<UUID> cardsToReviewAfter(UUID after, int limit) {
        return expiries.verifiedCardsExpiringBetween(ANY_TIME, clock.today().plusDays(WARNING_DAYS[0]), after, limit);
    }

    /** A chunk of open applications, in a transaction of its own (see {@code Screening#screenAll}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> rejectAllIfExpired(List<UUID> applicationIds) {
        return applicationIds.stream().map(this::rejectIfExpired).toList();
    }

    /** A chunk of verified cards, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> reviewCards(List<UUID> cardIds) {
        return cardIds.stream().map(this::reviewCard).toList();
    }

    private Outcome rejectIfExpired(UUID applicationId) {
        Application application = applications.withId(applicationId).orElse(null);
        DeclaredIdentity identity = applications.identityOf(applicationId).orElse(null);
        if (application == null || !application.isOpen() || identity == null || !identity.isExpiredOn(clock.today())) {
            return Outcome.SKIPPED;
        }
        application.rejectForExpiredDocument(clock.now());
        cards.withId(application.cardId())
                .ifPresent(card ->
                        card.verificationRefused(application.channel(), application.id(), clock.now(), cardEvents));
        notices.tell(Notice.rejected(application, Reason.DOCUMENT_EXPIRED));
        audit.record(JOB, "APPLICATION_REJECTED", "Application", applicationId.toString(), "reason=DOCUMENT_EXPIRED");
        return Outcome.REJECTED;
    }

    private Outcome reviewCard(UUID cardId) {
        Card card = cards.withId(cardId).orElse(null);
        if (card == null || card.status() != CardStatus.VERIFIED) {
            return Outcome.SKIPPED;
        }
        Application approved = applications.approvedFor(cardId).orElse(null);
        DeclaredIdentity identity =
                approved == null ? null : applications.identityOf(approved.id()).orElse(null);
        if (identity == null || identity.expiryDate().isEmpty()) {
            return Outcome.SKIPPED;
        }
        LocalDate today = clock.today();
        LocalDate expiry = identity.expiryDate().get();
        if (identity.isExpiredOn(today)) {
            card.reverificationRequired(clock.now(), cardEvents);
            notices.tell(Notice.reverificationRequired(approved));
            audit.record(JOB, "CARD_REVERIFICATION_REQUIRED", "Card", cardId.toString(), "expired=" + expiry);
            return Outcome.REVERIFICATION_REQUIRED;
        }
        // The nearest warning first: a card found 5 days before expiry gets the 7-day warning, not a late 30-day one.
        for (int i = WARNING_DAYS.length - 1; i >= 0; i--) {
            int days = WARNING_DAYS[i];
            if (!expiry.isAfter(today.plusDays(days)) && firstWarning(cardId, expiry, days)) {
                notices.tell(Notice.expiryWarning(approved, expiry));
                audit.record(JOB, "EXPIRY_WARNED", "Card", cardId.toString(), "days=" + days);
                return days == 7 ? Outcome.WARNED_7 : Outcome.WARNED_30;
            }
        }
        return Outcome.SKIPPED;
    }

    /** Records the warning; true only for the first time, so a warning is never sent twice. */
    private boolean firstWarning(UUID cardId, LocalDate expiry, int days) {
        for (int earlier : WARNING_DAYS) {
            if (earlier < days && expiries.warned(cardId, expiry, earlier)) {
                return false;
            }
        }
        return expiries.recordWarning(cardId, expiry, days, clock.now());
    }
}
