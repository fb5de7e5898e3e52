package com.crossborder.verification.outlet.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.Role;
import com.crossborder.verification.account.usecase.PhoneProtection;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.usecase.HolderNotices;
import com.crossborder.verification.application.usecase.HolderNotices.Notice;
import com.crossborder.verification.application.usecase.HolidayCalendar;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardEvents;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.CardRegistry;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.card.model.Channel;
import com.crossborder.verification.identity.model.DocumentClaim;
import com.crossborder.verification.identity.model.IdentityDocument;
import com.crossborder.verification.identity.model.IdentityLocks;
import com.crossborder.verification.identity.model.PersonName;
import com.crossborder.verification.identity.usecase.IdentityProtection;
import com.crossborder.verification.outlet.model.CounterDecision;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.outlet.model.Relationship;
import com.crossborder.verification.outlet.model.Scan;
import com.crossborder.verification.outlet.model.Scans;
import com.crossborder.verification.review.model.IdentityPolicies;
import com.crossborder.verification.review.model.IdentityRecords;
import com.crossborder.verification.review.model.ReviewSettings;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Outlet staff verify a holder in person and decide on the spot: the form is read, decided, and recorded. */
@ApplicationScoped
public class OutletDesk {

    /** The agent's part of the form. */
    public record AgentForm(
            DocumentClaim document, String relationship, UUID powerOfAttorneyScanId, LocalDate validUntil) {}

    /** The counter form. */
    public record CounterForm(
            DocumentClaim holder,
            String cardNumber,
            String contactPhone,
            boolean originalSeen,
            boolean faceMatch,
            UUID livePhotoScanId,
            AgentForm agent,
            boolean referToBackOffice) {}

    /** The form read and checked: documents well-formed, scans taken at this outlet, the card found or registered. */
    private record Counter(
            Account clerk,
            String outletCode,
            IdentityDocument holder,
            LocalDate birthDate,
            String holderIdentity,
            String nameIndex,
            CardNumber cardNumber,
            Card card,
            PhoneNumber contact,
            Agent agent) {}

    /** Someone acting for the holder: what is recorded, and what the decision weighs. */
    private record Agent(OutletVisit.Agent recorded, CounterDecision.AgentFacts facts) {}

    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter REFERENCE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    Accounts accounts;

    @Inject
    OutletVisits visits;

    @Inject
    Scans scans;

    @Inject
    Applications applications;

    @Inject
    Cards cards;

    @Inject
    CardEvents cardEvents;

    @Inject
    CardNumber.Format cardFormat;

    @Inject
    CardRegistry registry;

    @Inject
    IdentityProtection identities;

    @Inject
    IdentityRecords identityRecords;

    @Inject
    PhoneProtection phones;

    @Inject
    HolidayCalendar calendar;

    @Inject
    ReviewSettings settings;

    @Inject
    HolderNotices notices;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Inject
    IdentityLocks identityLocks;

    private final SecureRandom random = new SecureRandom();

    @Transactional
    public OutletVisit decide(Actor staff, CounterForm form) {
        LocalDate today = clock.today();
        Counter counter = read(staffAccount(staff), form, today);
        CounterDecision.Decision decision = judge(counter, form, today);
        return record(staff, counter, form, decision, today);
    }

    /** Outlet staff see only their own outlet's visits; another outlet's are "not found". */
    @Transactional
    public OutletVisit visitAtOwnOutlet(Actor staff, UUID applicationId) {
        String outletCode = outletOf(staffAccount(staff));
        return visits.ofApplication(applicationId)
                .filter(v -> v.outletCode().equals(outletCode))
                .orElseThrow(() -> Rejection.notFound(Reason.APPLICATION_NOT_FOUND));
    }

    @Transactional
    public Account staffAccount(Actor staff) {
        return accounts.withId(UUID.fromString(staff.id()))
                .filter(a -> a.role() == Role.OUTLET_STAFF)
                .orElseThrow(() -> Rejection.forbidden(Reason.FORBIDDEN));
    }

    /** The outlet a clerk works at. */
    static String outletOf(Account clerk) {
        return clerk.outletCode().orElseThrow(() -> Rejection.forbidden(Reason.FORBIDDEN));
    }

    /** Reads the form: a malformed field, a scan from elsewhere or the clerk's own identity stops here. */
    private Counter read(Account clerk, CounterForm form, LocalDate today) {
        String outletCode = outletOf(clerk);
        IdentityDocument holder = readDocument("holder.document", form.holder(), today);
        LocalDate birthDate = holder.birthDate()
                .orElseThrow(() -> Rejection.onField("holder.document.birthDate", Reason.FIELD_REQUIRED));
        String holderIdentity = identities.identityIndex(holder);
        // The identity first (see IdentityLocks for the order), before the card: the counter may approve.
        identityLocks.lock(holderIdentity);
        CardNumber cardNumber = CardNumber.parse(form.cardNumber(), cardFormat);
        PhoneNumber contact = PhoneNumber.parse(form.contactPhone());
        if (form.livePhotoScanId() != null) {
            scanAt(outletCode, form.livePhotoScanId(), "livePhotoScanId");
        }
        Agent agent = form.agent() == null ? null : readAgent(clerk, outletCode, form.agent(), holderIdentity, today);
        refuseSelfProcessing(clerk, holderIdentity);
        // The card is in front of the clerk, so it need not be in the operator's registry yet (a card file may lag
        // behind a new issue); a card the registry calls LOST or BLOCKED is refused all the same.
        if (registry.registered(cardNumber.value())
                .filter(registered -> registered.status().stopsUse())
                .isPresent()) {
            throw Rejection.onField("cardNumber", Reason.CARD_BLOCKED);
        }
        Card card = cards.withNumber(cardNumber.value()).orElseGet(() -> {
            Card fresh = Card.boundTo(null, cardNumber, clock.now());
            cards.add(fresh);
            return fresh;
        });
        return new Counter(
                clerk,
                outletCode,
                holder,
                birthDate,
                holderIdentity,
                identities.nameIndex(holder.name()),
                cardNumber,
                card,
                contact,
                agent);
    }

    private Agent readAgent(Account clerk, String outletCode, AgentForm form, String holderIdentity, LocalDate today) {
        if (form.document() == null
                || form.relationship() == null
                || form.powerOfAttorneyScanId() == null
                || form.validUntil() == null) {
            throw Rejection.onField("agent", Reason.AGENT_DETAILS_REQUIRED);
        }
        IdentityDocument document = readDocument("agent.document", form.document(), today);
        Relationship relationship = relationship(form.relationship());
        scanAt(outletCode, form.powerOfAttorneyScanId(), "agent.powerOfAttorney.scanId");
        String agentIdentity = identities.identityIndex(document);
        refuseSelfProcessing(clerk, agentIdentity);
        return new Agent(
                new OutletVisit.Agent(
                        agentIdentity,
                        document.number().masked(),
                        relationship,
                        form.powerOfAttorneyScanId(),
                        form.validUntil()),
                new CounterDecision.AgentFacts(
                        document.isExpiredOn(today),
                        agentIdentity.equals(holderIdentity),
                        relationship,
                        form.validUntil()));
    }

    /** Decides from what staff saw and what the records say about this identity and card. */
    private CounterDecision.Decision judge(Counter counter, CounterForm form, LocalDate today) {
        List<Reason> recordProblems = IdentityPolicies.screen(
                counter.holderIdentity(),
                counter.nameIndex(),
                identityRecords.approvedNamesOf(counter.holderIdentity()),
                counter.card(),
                cards.verifiedFor(counter.holderIdentity()),
                settings.cardsPerIdentity());
        return CounterDecision.decide(new CounterDecision.Facts(
                counter.holder().isExpiredOn(today),
                Period.between(counter.birthDate(), today).getYears(),
                form.originalSeen(),
                form.faceMatch(),
                counter.agent() == null ? null : counter.agent().facts(),
                recordProblems,
                form.referToBackOffice(),
                today));
    }

    /** Records the decision: the application and its identity, the card's status, the visit; tells the holder. */
    private OutletVisit record(
            Actor staff, Counter counter, CounterForm form, CounterDecision.Decision decision, LocalDate today) {
        Account clerk = counter.clerk();
        IdentityDocument holder = counter.holder();
        Reason why = decision.reasons().isEmpty() ? null : decision.reasons().get(0);
        Application application = Application.decidedAtOutlet(
                counter.card().id(),
                counter.cardNumber().value(),
                null,
                ApplicationStatus.valueOf(decision.outcome().name()),
                why,
                clerk.id(),
                calendar.current(),
                clock.now());
        applications.add(application);
        applications.declare(new DeclaredIdentity(
                application.id(),
                holder.type(),
                identities.encryptNumber(holder),
                holder.number().masked(),
                counter.holderIdentity(),
                identities.encryptName(holder.name()),
                counter.nameIndex(),
                holder.expiryDate().orElse(null),
                holder.longTerm()));
        if (decision.outcome() == OutletVisit.Outcome.APPROVED) {
            counter.card()
                    .verifiedFor(counter.holderIdentity(), clock.now(), Channel.OUTLET, application.id(), cardEvents);
        } else if (decision.outcome() == OutletVisit.Outcome.REJECTED) {
            counter.card().refusedAtCounter(application.id(), clock.now(), cardEvents);
        }
        OutletVisit visit = new OutletVisit(
                application.id(),
                reference(today),
                counter.outletCode(),
                clerk.id(),
                clerk.displayName(),
                decision.outcome(),
                decision.reasons(),
                PersonName.masked(holder.name()),
                phones.encrypt(counter.contact()),
                counter.contact().masked(),
                form.originalSeen(),
                form.faceMatch(),
                form.livePhotoScanId(),
                counter.agent() == null ? null : counter.agent().recorded(),
                clock.now(),
                today);
        visits.add(visit);
        notices.tell(
                switch (decision.outcome()) {
                    case APPROVED -> Notice.approved(application);
                    case REJECTED -> Notice.rejected(application, why);
                    case REFERRED -> Notice.referred(application, why);
                });
        audit.record(
                staff,
                "OUTLET_" + decision.outcome(),
                "Application",
                application.id().toString(),
                "outlet=" + counter.outletCode() + " ref=" + visit.reference() + " number="
                        + holder.number().masked()
                        + (counter.agent() == null
                                ? ""
                                : " agent=" + counter.agent().recorded().relationship())
                        + " reasons=" + decision.reasons());
        return visit;
    }

    private IdentityDocument readDocument(String prefix, DocumentClaim claim, LocalDate today) {
        if (claim == null) {
            throw Rejection.onField(prefix, Reason.FIELD_REQUIRED);
        }
        try {
            return IdentityDocument.read(claim, today);
        } catch (Rejection malformed) {
            throw Rejection.ruleViolated(
                    malformed.code(),
                    malformed.problems().stream()
                            .map(p -> new Rejection.FieldProblem(prefix + "." + p.field(), p.code()))
                            .toList());
        }
    }

    private void refuseSelfProcessing(Account clerk, String identityIndex) {
        if (clerk.identityIndex().map(identityIndex::equals).orElse(false)) {
            throw Rejection.forbidden(Reason.SELF_PROCESSING_FORBIDDEN);
        }
    }

    private Scan scanAt(String outletCode, UUID scanId, String field) {
        return scans.withId(scanId)
                .filter(scan -> scan.takenAt(outletCode))
                .orElseThrow(() -> Rejection.onField(field, Reason.SCAN_NOT_FOUND));
    }

    private static Relationship relationship(String value) {
        try {
            return Relationship.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw Rejection.onField("agent.relationship", Reason.FIELD_INVALID);
        }
    }

    /** {@code ZG20261125-7K3Q9M}: the business date and six characters nobody misreads. */
    private String reference(LocalDate today) {
        StringBuilder reference =
                new StringBuilder("ZG").append(REFERENCE_DAY.format(today)).append('-');
        for (int i = 0; i < 6; i++) {
            reference.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }
}
