package com.crossborder.verification.application.application;

import com.crossborder.verification.account.application.PhoneProtection;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.PhoneNumber;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DecisionReason;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.audit.application.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardStatus;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.notification.application.Notifications;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the expiry of a document means, judged on the business date: open applications with an expired document are
 * refused; verified cards whose document expired need verifying again; holders are warned 30 and 7 days ahead,
 * each warning once. Every step checks the state first, so running it twice changes nothing.
 */
@ApplicationScoped
public class ExpiryWatch {

    /** What happened to one application or card. */
    public enum Outcome { REJECTED, REVERIFICATION_REQUIRED, WARNED_30, WARNED_7, SKIPPED }

    static final int[] WARNING_DAYS = {30, 7};

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Inject
    Applications applications;

    @Inject
    Cards cards;

    @Inject
    Accounts accounts;

    @Inject
    OutletVisits visits;

    @Inject
    PhoneProtection phones;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** A chunk of open applications, in a transaction of its own (see {@link Screening#screenAll}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> rejectAllIfExpired(List<UUID> applicationIds) {
        return applicationIds.stream().map(this::rejectIfExpired).toList();
    }

    /** A chunk of verified cards, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> reviewCards(List<UUID> cardIds) {
        return cardIds.stream().map(this::reviewCard).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome rejectIfExpired(UUID applicationId) {
        Application application = applications.withId(applicationId).orElse(null);
        Optional<DeclaredIdentity> identity = applications.identityOf(applicationId);
        if (application == null || !application.isOpen() || identity.isEmpty() || !identity.get().isExpiredOn(clock.today())) {
            return Outcome.SKIPPED;
        }
        application.rejectForExpiredDocument(clock.now());
        cards.withId(application.cardId()).ifPresent(Card::verificationRefused);
        tell(application, SmsTemplate.APPLICATION_REJECTED,
                Map.of("reason", DecisionReason.DOCUMENT_EXPIRED.code().message(Locale.SIMPLIFIED_CHINESE)));
        audit.record(Screening.EXPIRY_JOB, "APPLICATION_REJECTED", "Application", applicationId.toString(), "reason=DOCUMENT_EXPIRED");
        return Outcome.REJECTED;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome reviewCard(UUID cardId) {
        Card card = cards.withId(cardId).orElse(null);
        if (card == null || card.status() != CardStatus.VERIFIED) {
            return Outcome.SKIPPED;
        }
        Application approved = applications.approvedFor(cardId).orElse(null);
        DeclaredIdentity identity = approved == null ? null : applications.identityOf(approved.id()).orElse(null);
        if (identity == null || identity.expiryDate().isEmpty()) {
            return Outcome.SKIPPED;
        }
        LocalDate today = clock.today();
        LocalDate expiry = identity.expiryDate().get();
        if (identity.isExpiredOn(today)) {
            card.reverificationRequired();
            tell(approved, SmsTemplate.REVERIFICATION_REQUIRED, Map.of());
            audit.record(Screening.EXPIRY_JOB, "CARD_REVERIFICATION_REQUIRED", "Card", cardId.toString(), "expired=" + expiry);
            return Outcome.REVERIFICATION_REQUIRED;
        }
        // The nearest warning first: a card found 5 days before expiry gets the 7-day warning, not a late 30-day one.
        for (int i = WARNING_DAYS.length - 1; i >= 0; i--) {
            int days = WARNING_DAYS[i];
            if (!expiry.isAfter(today.plusDays(days)) && firstWarning(cardId, expiry, days)) {
                tell(approved, SmsTemplate.EXPIRY_WARNING, Map.of("date", expiry.toString()));
                audit.record(Screening.EXPIRY_JOB, "EXPIRY_WARNED", "Card", cardId.toString(), "days=" + days);
                return days == 7 ? Outcome.WARNED_7 : Outcome.WARNED_30;
            }
        }
        return Outcome.SKIPPED;
    }

    /** Records the warning; true only for the first time, so a warning is never sent twice. */
    private boolean firstWarning(UUID cardId, LocalDate expiry, int days) {
        for (int earlier : WARNING_DAYS) {
            if (earlier < days && alreadyWarned(cardId, expiry, earlier)) {
                return false;
            }
        }
        return em.createNativeQuery("INSERT INTO expiry_warning (card_id, expiry_date, days_before, sent_at) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .setParameter(1, cardId.toString()).setParameter(2, expiry).setParameter(3, days)
                .setParameter(4, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    private boolean alreadyWarned(UUID cardId, LocalDate expiry, int days) {
        return !em.createNativeQuery("SELECT 1 FROM expiry_warning WHERE card_id = ? AND expiry_date = ? AND days_before = ?")
                .setParameter(1, cardId.toString()).setParameter(2, expiry).setParameter(3, days).getResultList().isEmpty();
    }

    /** The holder: the applicant's phone for online applications, the contact phone given at the counter otherwise. */
    private void tell(Application application, SmsTemplate template, Map<String, String> values) {
        Optional<PhoneNumber> phone = application.applicantId() != null
                ? accounts.withId(application.applicantId()).flatMap(account -> account.phoneEncrypted()).map(phones::decrypt)
                : visits.ofApplication(application.id()).map(visit -> phones.decrypt(visit.contactPhoneEncrypted()));
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("card", application.cardNumberLastFour());
        phone.ifPresent(to -> notifications.send(to, template, all));
    }
}
