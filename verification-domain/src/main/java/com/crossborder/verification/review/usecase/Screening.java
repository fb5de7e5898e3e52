package com.crossborder.verification.review.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.application.usecase.HolderNotices;
import com.crossborder.verification.application.usecase.HolderNotices.Notice;
import com.crossborder.verification.audit.model.AuditRecord;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.CardEvents;
import com.crossborder.verification.identity.model.IdentityLocks;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.notification.usecase.Notifications;
import com.crossborder.verification.review.model.EscalationContacts;
import com.crossborder.verification.review.model.ReviewSettings;
import com.crossborder.verification.review.model.ScreeningCase;
import com.crossborder.verification.review.model.ScreeningCases;
import com.crossborder.verification.review.model.WaitingApplications;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The screening of applications, by reviewers on screen and by the nightly job, with the rules of
 * {@link ScreeningCase}. The job rejects hard failures and queues the rest (or approves them, when configured);
 * each step checks the status first, so a restarted chunk changes nothing twice.
 */
@ApplicationScoped
public class Screening {

    /** What the nightly screening did with one application. */
    public enum Outcome {
        QUEUED,
        APPROVED,
        REJECTED,
        SKIPPED,
        ESCALATED
    }

    /** The nightly job {@code pending-review}, as the audit trail names it. */
    public static final Actor JOB = Actor.system("job:pending-review");

    private static final Logger LOG = Logger.getLogger(Screening.class.getName());

    @Inject
    Applications applications;

    @Inject
    CardEvents cardEvents;

    @Inject
    WaitingApplications waiting;

    @Inject
    ScreeningCases cases;

    @Inject
    EscalationContacts escalationContacts;

    @Inject
    PhotoRules photoRules;

    @Inject
    HolderNotices notices;

    @Inject
    Notifications notifications;

    @Inject
    ReviewSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Inject
    IdentityLocks identityLocks;

    /** SUBMITTED applications of one partition's id range, a keyset page at a time. */
    public List<UUID> submittedAfter(UUID after, UUID last, int limit) {
        return waiting.submittedAfter(after, last, limit);
    }

    /** Where the SUBMITTED applications split into {@code runs} runs of equal length, in id order. */
    @Transactional
    public List<UUID> submittedRunEnds(int runs) {
        return waiting.submittedRunEnds(runs);
    }

    /** Undecided applications past their deadline and not yet escalated, a keyset page at a time. */
    public List<UUID> overdueAfter(UUID after, int limit) {
        return waiting.overdueAfter(clock.now(), after, limit);
    }

    /** Every rule the application breaks now; empty when nothing stands in the way of approval. */
    @Transactional
    public List<Reason> problems(Application application) {
        return problems(List.of(application)).get(application.id());
    }

    /** For each application, every rule it breaks now; gathered with a fixed number of queries for all of them. */
    @Transactional
    public Map<UUID, List<Reason>> problems(List<Application> applications) {
        LocalDate today = clock.today();
        Map<UUID, List<Reason>> problems = new HashMap<>();
        for (ScreeningCase screened : cases.of(applications)) {
            problems.put(screened.application().id(), screened.problems(today, settings, photoRules));
        }
        return problems;
    }

    /**
     * Screens a chunk of applications in a transaction of its own: the batch runtime's checkpoint commits
     * separately (its job store is another database). The chunk is gathered with a fixed number of queries,
     * its SUBMITTED applications locked; one no longer SUBMITTED (a chunk screened again after a crash, or
     * decided meanwhile) is skipped.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> screenAll(List<UUID> applicationIds) {
        Map<UUID, Outcome> outcomes = new HashMap<>();
        List<AuditRecord> trail = new ArrayList<>();
        List<Notice> told = new ArrayList<>();
        Instant now = clock.now();
        LocalDate today = clock.today();
        if (settings.autoApprove()) {
            // Approving: the chunk's identities first, in order, then its applications and cards (see IdentityLocks).
            identityLocks.lockAll(cases.identityIndexesOf(applicationIds));
        }
        Map<String, String> approvedHere = new HashMap<>();
        for (ScreeningCase screened : cases.lockSubmitted(applicationIds)) {
            outcomes.put(screened.application().id(), decide(screened, today, now, trail, told, approvedHere));
        }
        notices.tellAll(told);
        audit.recordAll(trail);
        return applicationIds.stream()
                .map(id -> outcomes.getOrDefault(id, Outcome.SKIPPED))
                .toList();
    }

    /**
     * Escalates a chunk of overdue applications in a transaction of its own, and tells the operators how many
     * were escalated now: each application is counted in exactly one notice, since it is marked only once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> escalateAll(List<UUID> applicationIds) {
        Instant now = clock.now();
        List<AuditRecord> trail = new ArrayList<>();
        List<Outcome> outcomes =
                applicationIds.stream().map(id -> escalate(id, now, trail)).toList();
        long escalated = outcomes.stream().filter(Outcome.ESCALATED::equals).count();
        if (escalated > 0) {
            Map<String, String> values = Map.of("count", Long.toString(escalated));
            escalationContacts
                    .phones()
                    .forEach(phone -> notifications.send(phone, SmsTemplate.APPLICATIONS_ESCALATED, values));
            trail.add(new AuditRecord(
                    JOB,
                    "ESCALATION_NOTIFIED",
                    "Job",
                    "pending-review",
                    "applications=" + escalated + ",operators="
                            + escalationContacts.phones().size()));
            LOG.warning(() -> escalated + " application(s) passed their review deadline and were escalated");
        }
        audit.recordAll(trail);
        return outcomes;
    }

    /** Rejects on the first problem found, else approves (when an operator turned that on) or queues for a reviewer. */
    private Outcome decide(
            ScreeningCase screened,
            LocalDate today,
            Instant now,
            List<AuditRecord> trail,
            List<Notice> told,
            Map<String, String> approvedHere) {
        Application application = screened.application();
        String id = application.id().toString();
        List<Reason> problems = screened.problems(today, settings, photoRules);
        if (!problems.isEmpty()) {
            Reason why = problems.get(0);
            application.rejectByScreening(why, now);
            if (screened.card() != null && !screened.earlierOpenApplicationForCard()) {
                // A duplicate leaves the card to the application it duplicates, still open.
                screened.card().verificationRefused(application.channel(), application.id(), now, cardEvents);
            }
            told.add(Notice.rejected(application, why));
            trail.add(new AuditRecord(JOB, "APPLICATION_REJECTED", "Application", id, "reasons=" + problems));
            return Outcome.REJECTED;
        }
        // A second case of one identity in the same chunk was gathered before the first was approved: a reviewer
        // judges it, with the first one's card and name on record.
        if (settings.autoApprove()
                && approvedHere.putIfAbsent(
                                screened.identity().identityIndex(),
                                screened.identity().nameIndex())
                        == null) {
            application.approveByScreening(now);
            screened.card()
                    .verifiedFor(
                            screened.identity().identityIndex(),
                            now,
                            application.channel(),
                            application.id(),
                            cardEvents);
            told.add(Notice.approved(application));
            trail.add(new AuditRecord(
                    JOB, "APPLICATION_APPROVED", "Application", id, "card=" + application.cardId() + ",auto"));
            return Outcome.APPROVED;
        }
        application.queueForReview();
        trail.add(new AuditRecord(JOB, "APPLICATION_QUEUED", "Application", id, ""));
        return Outcome.QUEUED;
    }

    /** Marks an overdue application once. */
    private Outcome escalate(UUID applicationId, Instant now, List<AuditRecord> trail) {
        Application application = applications.withId(applicationId).orElse(null);
        if (application == null || !application.escalateIfOverdue(now)) {
            return Outcome.SKIPPED;
        }
        trail.add(new AuditRecord(
                JOB,
                "APPLICATION_ESCALATED",
                "Application",
                applicationId.toString(),
                "deadline=" + application.slaDeadline()));
        return Outcome.ESCALATED;
    }
}
