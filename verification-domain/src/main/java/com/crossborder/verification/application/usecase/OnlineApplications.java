package com.crossborder.verification.application.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationRecord;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.Consent;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.OnlineEligibility;
import com.crossborder.verification.application.model.OnlineReverification;
import com.crossborder.verification.application.model.PhotoChecker;
import com.crossborder.verification.application.model.PhotoInspection;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.PhotoStore;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.CardRegistry;
import com.crossborder.verification.card.model.CardStatus;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.identity.model.DocumentClaim;
import com.crossborder.verification.identity.model.IdentityDocument;
import com.crossborder.verification.identity.usecase.IdentityProtection;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A card holder's online application: start it, upload the three photos, declare the identity, submit with consent. */
@ApplicationScoped
public class OnlineApplications {

    @Inject
    Applications applications;

    @Inject
    Cards cards;

    @Inject
    CardNumber.Format cardFormat;

    @Inject
    CardRegistry registry;

    @Inject
    PhotoChecker inspector;

    @Inject
    PhotoStore photos;

    @Inject
    IdentityProtection protection;

    @Inject
    HolidayCalendar calendar;

    @Inject
    ApplicationRecords records;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public Application start(Actor applicant, String rawCardNumber) {
        CardNumber number = CardNumber.parse(rawCardNumber, cardFormat);
        Card card = cards.withNumber(number.value())
                .filter(c -> c.belongsTo(accountId(applicant)))
                .orElseThrow(() -> Rejection.notFound(Reason.CARD_NOT_FOUND));
        if (registry.registered(number.value())
                .filter(registered -> registered.status().stopsUse())
                .isPresent()) {
            throw Rejection.ruleViolated(Reason.CARD_BLOCKED);
        }
        if (applications.hasOpenApplicationFor(card.id())) {
            throw Rejection.stateConflict(Reason.APPLICATION_ALREADY_OPEN);
        }
        OnlineReverification.requireAllowed(card.status(), verifiedUntil(card), clock.today());
        Application application = Application.draft(card.id(), number.value(), accountId(applicant), clock.now());
        applications.add(application);
        audit.record(
                applicant,
                "APPLICATION_STARTED",
                "Application",
                application.id().toString(),
                "card=****" + number.lastFour());
        return application;
    }

    /**
     * Checks the photo first (outside any lock), then stores it encrypted, replacing an earlier one of the kind. The
     * application's row is locked for the store, so two uploads of one kind at once replace each other in turn rather
     * than both inserting, and the state is checked again under the lock (it may have been submitted meanwhile).
     */
    @Transactional
    public PhotoInspection uploadPhoto(Actor applicant, UUID applicationId, PhotoKind kind, byte[] content) {
        Application application = own(applicant, applicationId);
        application.acceptPhoto(kind);
        PhotoInspection inspection = inspector.inspect(content, kind);
        applications.lockForChange(application);
        application.acceptPhoto(kind);
        application.touch(clock.now());
        photos.put(applicationId, kind, inspection);
        audit.record(applicant, "PHOTO_UPLOADED", "Application", applicationId.toString(), "kind=" + kind);
        return inspection;
    }

    /**
     * Validates the document with the domain rules on today's business date; stores it encrypted. A holder under 18
     * is refused: minors are verified at an outlet with a parent or guardian, so the photos already uploaded for the
     * application are deleted at once (PIPL Art. 31) and the deletion audited, and that stays so although the
     * declaration itself is refused (every other refusal here comes before anything is written).
     */
    @Transactional(dontRollbackOn = Rejection.class)
    public DeclaredIdentity declareIdentity(Actor applicant, UUID applicationId, DocumentClaim claim) {
        Application application = own(applicant, applicationId);
        application.acceptIdentity();
        IdentityDocument document = IdentityDocument.present(claim, clock.today());
        // A resident ID carries the birth date in its number; other documents must state it, or age cannot be told.
        LocalDate birthDate =
                document.birthDate().orElseThrow(() -> Rejection.onField("birthDate", Reason.FIELD_REQUIRED));
        if (OnlineEligibility.isMinorOn(birthDate, clock.today())) {
            int deleted = photos.removeAll(applicationId);
            audit.record(
                    applicant,
                    "PHOTOS_DELETED",
                    "Application",
                    applicationId.toString(),
                    "reason=" + Reason.MINOR_ONLINE_NOT_ALLOWED + " count=" + deleted);
            throw Rejection.onField("birthDate", Reason.MINOR_ONLINE_NOT_ALLOWED);
        }
        DeclaredIdentity identity = new DeclaredIdentity(
                applicationId,
                document.type(),
                protection.encryptNumber(document),
                document.number().masked(),
                protection.identityIndex(document),
                protection.encryptName(document.name()),
                protection.nameIndex(document.name()),
                document.expiryDate().orElse(null),
                document.longTerm());
        applications.declare(identity);
        application.touch(clock.now());
        audit.record(
                applicant,
                "IDENTITY_DECLARED",
                "Application",
                applicationId.toString(),
                "type=" + document.type() + " number=" + document.number().masked());
        return identity;
    }

    @Transactional
    public Application submit(Actor applicant, UUID applicationId, Consent consent) {
        Application application = own(applicant, applicationId);
        Optional<DeclaredIdentity> identity = applications.identityOf(applicationId);
        if (identity.isPresent() && identity.get().isExpiredOn(clock.today())) {
            throw Rejection.onField("expiryDate", Reason.DOCUMENT_EXPIRED);
        }
        Optional<Card> card = cards.withId(application.cardId());
        if (card.isPresent() && card.get().status() == CardStatus.VERIFIED) {
            // re-verifying ahead of expiry: the card stays usable until a decision
            OnlineReverification.requireAllowed(card.get().status(), verifiedUntil(card.get()), clock.today());
        }
        application.submit(consent, photos.kinds(applicationId), identity.isPresent(), calendar.current(), clock.now());
        card.filter(c -> c.status() != CardStatus.VERIFIED).ifPresent(Card::verificationPending);
        audit.record(
                applicant,
                "APPLICATION_SUBMITTED",
                "Application",
                applicationId.toString(),
                "consent=" + consent.version() + " deadline=" + application.slaDeadline());
        return application;
    }

    /** The record of the applicant's own application: status, masked identity, history. */
    @Transactional
    public ApplicationRecord ownRecord(Actor applicant, UUID applicationId) {
        return records.of(own(applicant, applicationId));
    }

    /** The applicant's own application; another's is "not found", never "forbidden". */
    @Transactional
    public Application own(Actor applicant, UUID applicationId) {
        return applications
                .withId(applicationId)
                .filter(a -> a.belongsTo(accountId(applicant)))
                .orElseThrow(() -> Rejection.notFound(Reason.APPLICATION_NOT_FOUND));
    }

    /** The expiry of the document a verified card rests on; empty for a long-term one or an unverified card. */
    private Optional<LocalDate> verifiedUntil(Card card) {
        if (card.status() != CardStatus.VERIFIED) {
            return Optional.empty();
        }
        return applications
                .approvedFor(card.id())
                .flatMap(approved -> applications.identityOf(approved.id()))
                .flatMap(DeclaredIdentity::expiryDate);
    }

    private static UUID accountId(Actor actor) {
        return UUID.fromString(actor.id());
    }
}
