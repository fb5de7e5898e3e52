package com.crossborder.verification.outlet.application;

import com.crossborder.verification.account.application.PhoneProtection;
import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.PhoneNumber;
import com.crossborder.verification.account.model.Role;
import com.crossborder.verification.application.application.HolidayCalendar;
import com.crossborder.verification.application.application.IdentityProtection;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DecisionReason;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.IdentityPolicies;
import com.crossborder.verification.application.model.ReviewSettings;
import com.crossborder.verification.audit.application.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.identity.model.DocumentClaim;
import com.crossborder.verification.identity.model.IdentityDocument;
import com.crossborder.verification.notification.application.Notifications;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.outlet.model.CounterDecision;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.outlet.model.Relationship;
import com.crossborder.verification.outlet.model.Scan;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.ReasonCode;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Outlet staff verify a holder in person and decide on the spot. */
@ApplicationScoped
public class OutletDesk {

    /** The agent's part of the form. */
    public record AgentForm(DocumentClaim document, String relationship, UUID powerOfAttorneyScanId, LocalDate validUntil) {
    }

    /** The counter form. */
    public record CounterForm(DocumentClaim holder, String cardNumber, String contactPhone, boolean originalSeen,
                              boolean faceMatch, UUID livePhotoScanId, AgentForm agent, boolean referToBackOffice) {
    }

    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final DateTimeFormatter REFERENCE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    Accounts accounts;

    @Inject
    OutletVisits visits;

    @Inject
    Applications applications;

    @Inject
    Cards cards;

    @Inject
    CardNumber.Format cardFormat;

    @Inject
    IdentityProtection identities;

    @Inject
    PhoneProtection phones;

    @Inject
    HolidayCalendar calendar;

    @Inject
    ReviewSettings settings;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    private final SecureRandom random = new SecureRandom();

    @Transactional
    public OutletVisit decide(Actor staff, CounterForm form) {
        Account staffAccount = staffAccount(staff);
        String outletCode = staffAccount.outletCode().orElseThrow(() -> Rejection.forbidden(ReasonCode.FORBIDDEN));
        LocalDate today = clock.today();

        IdentityDocument holder = readDocument("holder.document", form.holder(), today);
        LocalDate birthDate = holder.birthDate()
                .orElseThrow(() -> Rejection.onField("holder.document.birthDate", ReasonCode.FIELD_REQUIRED));
        String holderIdentity = identities.identityIndex(holder);
        CardNumber cardNumber = CardNumber.parse(form.cardNumber(), cardFormat);
        PhoneNumber contact = PhoneNumber.parse(form.contactPhone());
        if (form.livePhotoScanId() != null) {
            scanAt(outletCode, form.livePhotoScanId(), "livePhotoScanId");
        }

        CounterDecision.AgentFacts agentFacts = null;
        OutletVisit.Agent agent = null;
        if (form.agent() != null) {
            AgentForm agentForm = form.agent();
            if (agentForm.document() == null || agentForm.relationship() == null || agentForm.powerOfAttorneyScanId() == null
                    || agentForm.validUntil() == null) {
                throw Rejection.onField("agent", ReasonCode.AGENT_DETAILS_REQUIRED);
            }
            IdentityDocument agentDocument = readDocument("agent.document", agentForm.document(), today);
            Relationship relationship = relationship(agentForm.relationship());
            scanAt(outletCode, agentForm.powerOfAttorneyScanId(), "agent.powerOfAttorney.scanId");
            String agentIdentity = identities.identityIndex(agentDocument);
            refuseSelfProcessing(staffAccount, agentIdentity);
            agentFacts = new CounterDecision.AgentFacts(agentDocument.isExpiredOn(today), agentIdentity.equals(holderIdentity),
                    relationship, agentForm.validUntil());
            agent = new OutletVisit.Agent(agentIdentity, agentDocument.number().masked(), relationship,
                    agentForm.powerOfAttorneyScanId(), agentForm.validUntil());
        }
        refuseSelfProcessing(staffAccount, holderIdentity);

        Card card = cards.withNumber(cardNumber.value()).orElseGet(() -> {
            Card fresh = Card.boundTo(null, cardNumber, clock.now());
            cards.add(fresh);
            return fresh;
        });
        String nameIndex = identities.nameIndex(holder.name());
        List<DecisionReason> recordProblems = IdentityPolicies.screen(holderIdentity, nameIndex,
                applications.approvedNamesOf(holderIdentity, new UUID(0, 0)), card, cards.verifiedFor(holderIdentity),
                settings.cardsPerIdentity());
        CounterDecision.Decision decision = CounterDecision.decide(new CounterDecision.Facts(holder.isExpiredOn(today),
                java.time.Period.between(birthDate, today).getYears(), form.originalSeen(), form.faceMatch(), agentFacts, recordProblems,
                form.referToBackOffice(), today));

        ApplicationStatus status = ApplicationStatus.valueOf(decision.outcome().name());
        DecisionReason why = decision.reasons().isEmpty() ? null : DecisionReason.forCode(decision.reasons().get(0));
        Application application = Application.decidedAtOutlet(card.id(), cardNumber.value(), null, status, why,
                staffAccount.id(), calendar.current(), clock.now());
        applications.add(application);
        applications.declare(new DeclaredIdentity(application.id(), holder.type(), identities.encryptNumber(holder),
                holder.number().masked(), holderIdentity, identities.encryptName(holder.name()), nameIndex,
                birthDate, holder.issueDate().orElse(null), holder.expiryDate().orElse(null), holder.longTerm()));
        if (decision.outcome() == OutletVisit.Outcome.APPROVED) {
            card.verifiedFor(holderIdentity, clock.now());
        }
        OutletVisit visit = new OutletVisit(application.id(), reference(today), outletCode, staffAccount.id(),
                staffAccount.displayName(), decision.outcome(), decision.reasons().stream().map(Enum::name).toList(),
                maskName(holder.name()), phones.encrypt(contact), contact.masked(), form.originalSeen(), form.faceMatch(),
                form.livePhotoScanId(), agent, clock.now(), today);
        visits.add(visit);
        notifications.send(contact, switch (decision.outcome()) {
            case APPROVED -> SmsTemplate.APPLICATION_APPROVED;
            case REJECTED -> SmsTemplate.APPLICATION_REJECTED;
            case REFERRED -> SmsTemplate.APPLICATION_REFERRED;
        }, Map.of("card", cardNumber.lastFour(), "reason", decision.reasons().isEmpty() ? ""
                : decision.reasons().get(0).message(Locale.SIMPLIFIED_CHINESE)));
        audit.record(staff, "OUTLET_" + decision.outcome(), "Application", application.id().toString(),
                "outlet=" + outletCode + " ref=" + visit.reference() + " number=" + holder.number().masked()
                        + (agent == null ? "" : " agent=" + agent.relationship()) + " reasons=" + decision.reasons());
        return visit;
    }

    /** Outlet staff see only their own outlet's visits; another outlet's are "not found". */
    @Transactional
    public OutletVisit visitAtOwnOutlet(Actor staff, UUID applicationId) {
        String outletCode = staffAccount(staff).outletCode().orElseThrow(() -> Rejection.forbidden(ReasonCode.FORBIDDEN));
        return visits.ofApplication(applicationId).filter(v -> v.outletCode().equals(outletCode))
                .orElseThrow(() -> Rejection.notFound(ReasonCode.APPLICATION_NOT_FOUND));
    }

    @Transactional
    public Account staffAccount(Actor staff) {
        return accounts.withId(UUID.fromString(staff.id())).filter(a -> a.role() == Role.OUTLET_STAFF)
                .orElseThrow(() -> Rejection.forbidden(ReasonCode.FORBIDDEN));
    }

    private IdentityDocument readDocument(String prefix, DocumentClaim claim, LocalDate today) {
        if (claim == null) {
            throw Rejection.onField(prefix, ReasonCode.FIELD_REQUIRED);
        }
        try {
            return IdentityDocument.read(claim, today);
        } catch (Rejection malformed) {
            throw Rejection.ruleViolated(malformed.code(), malformed.problems().stream()
                    .map(p -> new Rejection.FieldProblem(prefix + "." + p.field(), p.code())).toList());
        }
    }

    private void refuseSelfProcessing(Account staffAccount, String identityIndex) {
        if (staffAccount.identityIndex().map(identityIndex::equals).orElse(false)) {
            throw Rejection.forbidden(ReasonCode.SELF_PROCESSING_FORBIDDEN);
        }
    }

    private Scan scanAt(String outletCode, UUID scanId, String field) {
        return visits.scan(scanId).filter(scan -> scan.takenAt(outletCode))
                .orElseThrow(() -> Rejection.onField(field, ReasonCode.SCAN_NOT_FOUND));
    }

    private static Relationship relationship(String value) {
        try {
            return Relationship.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw Rejection.onField("agent.relationship", ReasonCode.FIELD_INVALID);
        }
    }

    /** {@code ZG20261125-7K3Q9M}: the business date and six characters nobody misreads. */
    private String reference(LocalDate today) {
        StringBuilder reference = new StringBuilder("ZG").append(REFERENCE_DAY.format(today)).append('-');
        for (int i = 0; i < 6; i++) {
            reference.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }

    /** The first character, the rest starred: 张三 → 张*, CHAN TAI MAN → C***********. */
    static String maskName(String name) {
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
