package com.crossborder.verification.application.application;

import com.crossborder.verification.account.application.PhoneProtection;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DecisionReason;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.IdentityPolicies;
import com.crossborder.verification.application.model.ReviewSettings;
import com.crossborder.verification.audit.application.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.notification.application.Notifications;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The rules an application is screened with, by reviewers on screen and by the nightly job: document still
 * valid, one name per identity, a card for one identity only, the cards-per-identity limit. The job rejects
 * hard failures and queues the rest; each step checks the status first, so a restarted chunk changes nothing twice.
 */
@ApplicationScoped
public class Screening {

    /** What the nightly screening did with one application. */
    public enum Outcome { QUEUED, REJECTED, SKIPPED, ESCALATED }

    static final Actor JOB = Actor.system("job:pending-review");
    static final Actor EXPIRY_JOB = Actor.system("job:expired-id-rejection");

    @Inject
    Applications applications;

    @Inject
    Cards cards;

    @Inject
    Accounts accounts;

    @Inject
    PhoneProtection phones;

    @Inject
    Notifications notifications;

    @Inject
    ReviewSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** Every rule the application breaks now; empty when nothing stands in the way of approval. */
    @Transactional
    public List<DecisionReason> problems(Application application) {
        DeclaredIdentity identity = applications.identityOf(application.id()).orElse(null);
        Card card = cards.withId(application.cardId()).orElse(null);
        if (identity == null || card == null) {
            return List.of();
        }
        List<DecisionReason> problems = new ArrayList<>();
        if (identity.isExpiredOn(clock.today())) {
            problems.add(DecisionReason.DOCUMENT_EXPIRED);
        }
        problems.addAll(IdentityPolicies.screen(identity.identityIndex(), identity.nameIndex(),
                applications.approvedNamesOf(identity.identityIndex(), application.id()), card,
                cards.verifiedFor(identity.identityIndex()), settings.cardsPerIdentity()));
        return problems;
    }

    /**
     * Screens a chunk of applications in a transaction of its own: the batch runtime's checkpoint commits
     * separately (its job store is another database), and a chunk screened again after a crash is skipped item by item.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> screenAll(List<UUID> applicationIds) {
        return applicationIds.stream().map(this::screen).toList();
    }

    /** Escalates a chunk of overdue applications in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> escalateAll(List<UUID> applicationIds) {
        return applicationIds.stream().map(this::escalate).toList();
    }

    /** The nightly screening of one submitted application, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome screen(UUID applicationId) {
        Application application = applications.withId(applicationId).orElse(null);
        if (application == null || application.status() != ApplicationStatus.SUBMITTED) {
            return Outcome.SKIPPED;
        }
        List<DecisionReason> problems = problems(application);
        if (problems.isEmpty()) {
            application.queueForReview();
            audit.record(JOB, "APPLICATION_QUEUED", "Application", applicationId.toString(), "");
            return Outcome.QUEUED;
        }
        DecisionReason why = problems.get(0);
        application.rejectByScreening(why, clock.now());
        cards.withId(application.cardId()).ifPresent(Card::verificationRefused);
        tell(application, SmsTemplate.APPLICATION_REJECTED, Map.of("reason", why.code().message(Locale.SIMPLIFIED_CHINESE)));
        audit.record(JOB, "APPLICATION_REJECTED", "Application", applicationId.toString(), "reasons=" + problems);
        return Outcome.REJECTED;
    }

    /** Marks an overdue application once; returns whether it was marked now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome escalate(UUID applicationId) {
        Application application = applications.withId(applicationId).orElse(null);
        if (application == null || !application.escalateIfOverdue(clock.now())) {
            return Outcome.SKIPPED;
        }
        audit.record(JOB, "APPLICATION_ESCALATED", "Application", applicationId.toString(), "deadline=" + application.slaDeadline());
        return Outcome.ESCALATED;
    }

    /** The applicant of an application, told by SMS through the outbox (outlet holders have no account). */
    void tell(Application application, SmsTemplate template, Map<String, String> values) {
        if (application.applicantId() == null) {
            return;
        }
        Map<String, String> all = new HashMap<>(values);
        all.put("card", application.cardNumber().substring(application.cardNumber().length() - 4));
        accounts.withId(application.applicantId()).flatMap(account -> account.phoneEncrypted())
                .map(phones::decrypt).ifPresent(phone -> notifications.send(phone, template, all));
    }
}
