package com.crossborder.verification.application.model;

import com.crossborder.verification.card.model.Channel;
import com.crossborder.verification.shared.model.Ids;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A request to bind a card to its holder's identity, decided by a person. Its state machine:
 * DRAFT → SUBMITTED → IN_REVIEW → APPROVED / REJECTED / REUPLOAD_REQUESTED → SUBMITTED …; at most
 * {@link #MAX_REUPLOAD_ROUNDS} re-upload rounds. The review deadline counts business time only and stops while
 * new photos are awaited.
 */
@Entity
@Table(name = "application")
public class Application {

    public static final int MAX_REUPLOAD_ROUNDS = 3;
    /** 1–3 business days: the promise made to applicants. */
    public static final Duration REVIEW_TIME = Duration.ofDays(3);

    @Id
    private UUID id;

    @Column(name = "card_number", nullable = false, length = 32)
    private String cardNumber;

    @Column(name = "card_id")
    private UUID cardId;

    @Column(name = "applicant_id")
    private UUID applicantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ApplicationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "sla_deadline")
    private Instant slaDeadline;

    /** Business time left on the deadline while the clock is stopped for a re-upload, in milliseconds. */
    @Column(name = "sla_remaining_ms")
    private Long slaRemainingMillis;

    @Column(name = "reupload_rounds", nullable = false)
    private int reuploadRounds;

    @Column(name = "requested_photos", length = 40)
    private String requestedPhotos;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 40)
    private Reason reason;

    @Column(name = "claimed_by")
    private UUID claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "consent_version", length = 32)
    private String consentVersion;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "consent_client", length = 64)
    private String consentClient;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** When the holder (or a reviewer's re-upload request) last moved it; null before this was recorded. */
    @Column(name = "touched_at")
    private Instant touchedAt;

    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Version
    private long version;

    protected Application() {}

    /** A new application for a card, by its holder. */
    public static Application draft(UUID cardId, String cardNumber, UUID applicantId, Instant now) {
        Application application = new Application();
        application.id = Ids.next();
        application.cardId = cardId;
        application.cardNumber = cardNumber;
        application.applicantId = applicantId;
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = now;
        application.touchedAt = now;
        return application;
    }

    /**
     * An application made at an outlet counter and decided there: APPROVED or REJECTED at once, or REFERRED to
     * the back office, in which case the review deadline starts now.
     */
    public static Application decidedAtOutlet(
            UUID cardId,
            String cardNumber,
            UUID holderAccountId,
            ApplicationStatus outcome,
            Reason why,
            UUID staffId,
            BusinessCalendar calendar,
            Instant now) {
        Application application = draft(cardId, cardNumber, holderAccountId, now);
        application.submittedAt = now;
        switch (outcome) {
            case APPROVED, REJECTED -> application.decide(outcome, why, staffId, now);
            case REFERRED -> {
                application.status = ApplicationStatus.REFERRED;
                application.reason = why;
                application.slaDeadline = calendar.plusBusinessTime(now, REVIEW_TIME);
            }
            default ->
                throw new IllegalArgumentException("an outlet decides APPROVED, REJECTED or REFERRED, not " + outcome);
        }
        return application;
    }

    /** Whether a photo of this kind may be uploaded now: any in a draft, only the requested ones in a re-upload. */
    public void acceptPhoto(PhotoKind kind) {
        boolean allowed = status == ApplicationStatus.DRAFT
                || status == ApplicationStatus.REUPLOAD_REQUESTED
                        && requestedPhotos().contains(kind);
        if (!allowed) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
    }

    /** The holder worked on it (a photo, the identity): the time it may stay untouched starts again. */
    public void touch(Instant now) {
        touchedAt = now;
    }

    /** When it was last moved by the holder or a reviewer's request for photos. */
    public Instant lastTouched() {
        return touchedAt != null ? touchedAt : createdAt;
    }

    /**
     * Abandoned: a draft or a re-upload request nobody touched for {@code limit} (or longer), and not under legal
     * hold (a hold keeps the application as it is).
     */
    public boolean isAbandonedAt(Instant now, Duration limit) {
        boolean waitingForHolder = status == ApplicationStatus.DRAFT || status == ApplicationStatus.REUPLOAD_REQUESTED;
        return waitingForHolder && !legalHold && !lastTouched().plus(limit).isAfter(now);
    }

    /**
     * The retention job ends an abandoned application: EXPIRED, final; the expiry counts as its end for the retention
     * of what is left of it.
     */
    public void expire(Instant now, Duration limit) {
        if (!isAbandonedAt(now, limit)) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
        decide(ApplicationStatus.EXPIRED, null, null, now);
    }

    /** The identity may be declared or corrected only while the application is a draft. */
    public void acceptIdentity() {
        if (status != ApplicationStatus.DRAFT) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
    }

    /** Sends the application for review with the applicant's consent; the deadline runs from now in business time. */
    public void submit(
            Consent consent,
            Set<PhotoKind> photosPresent,
            boolean identityDeclared,
            BusinessCalendar calendar,
            Instant now) {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.REUPLOAD_REQUESTED) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
        if (!photosPresent.containsAll(EnumSet.allOf(PhotoKind.class))) {
            throw Rejection.ruleViolated(Reason.PHOTOS_MISSING);
        }
        if (!identityDeclared) {
            throw Rejection.ruleViolated(Reason.IDENTITY_MISSING);
        }
        Duration left = slaRemainingMillis == null ? REVIEW_TIME : Duration.ofMillis(slaRemainingMillis);
        slaDeadline = calendar.plusBusinessTime(now, left);
        slaRemainingMillis = null;
        requestedPhotos = null;
        consentVersion = consent.version();
        consentAt = consent.givenAt();
        consentClient = consent.clientAddress().length() > 64
                ? consent.clientAddress().substring(0, 64)
                : consent.clientAddress();
        submittedAt = now;
        status = ApplicationStatus.SUBMITTED;
    }

    /** A reviewer takes the case for {@code hold}; nobody else may decide it meanwhile. */
    public void claim(UUID reviewerId, Instant now, Duration hold) {
        if (status != ApplicationStatus.SUBMITTED
                && status != ApplicationStatus.IN_REVIEW
                && status != ApplicationStatus.REFERRED) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
        if (heldByAnotherThan(reviewerId, now)) {
            throw Rejection.stateConflict(Reason.ALREADY_CLAIMED);
        }
        claimedBy = reviewerId;
        claimedUntil = now.plus(hold);
        status = ApplicationStatus.IN_REVIEW;
    }

    /** The reviewer holding the claim approves: the card becomes usable. */
    public void approve(UUID reviewerId, Instant now) {
        requireClaimBy(reviewerId, now);
        decide(ApplicationStatus.APPROVED, null, reviewerId, now);
    }

    /** The reviewer holding the claim refuses, with a reason the applicant is told. */
    public void reject(UUID reviewerId, Reason why, Instant now) {
        requireClaimBy(reviewerId, now);
        decide(ApplicationStatus.REJECTED, why, reviewerId, now);
    }

    /**
     * The reviewer asks for new photos; the deadline stops until the applicant submits again. After
     * {@link #MAX_REUPLOAD_ROUNDS} rounds the next problem is a final rejection instead.
     */
    public void requestReupload(UUID reviewerId, Set<PhotoKind> photos, BusinessCalendar calendar, Instant now) {
        requireClaimBy(reviewerId, now);
        if (photos.isEmpty()) {
            throw Rejection.onField("photos", Reason.FIELD_REQUIRED);
        }
        if (reuploadRounds >= MAX_REUPLOAD_ROUNDS) {
            decide(ApplicationStatus.REJECTED, Reason.REUPLOAD_LIMIT_REACHED, reviewerId, now);
            return;
        }
        reuploadRounds++;
        slaRemainingMillis = calendar.businessTimeBetween(now, slaDeadline).toMillis();
        requestedPhotos = photos.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        reason = Reason.PHOTO_UNCLEAR;
        claimedBy = null;
        claimedUntil = null;
        touchedAt = now;
        status = ApplicationStatus.REUPLOAD_REQUESTED;
    }

    /** The nightly screening found nothing against it: into the review queue. */
    public void queueForReview() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
        status = ApplicationStatus.IN_REVIEW;
    }

    /** Screened clean at night while an operator has auto-approval on: approved with no reviewer. */
    public void approveByScreening(Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
        decide(ApplicationStatus.APPROVED, null, null, now);
    }

    /** Past its deadline and still undecided: marked once; returns whether this call marked it. */
    public boolean escalateIfOverdue(Instant now) {
        boolean waiting = status == ApplicationStatus.SUBMITTED
                || status == ApplicationStatus.IN_REVIEW
                || status == ApplicationStatus.REFERRED;
        if (!waiting || escalatedAt != null || slaDeadline == null || !slaDeadline.isBefore(now)) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    /** The declared document expired while the application was open: refused, whatever stage it had reached. */
    public void rejectForExpiredDocument(Instant now) {
        if (!isOpen()) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
        decide(ApplicationStatus.REJECTED, Reason.DOCUMENT_EXPIRED, null, now);
    }

    /** The nightly screening found a hard failure: refused without a reviewer. */
    public void rejectByScreening(Reason why, Instant now) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.IN_REVIEW) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
        decide(ApplicationStatus.REJECTED, why, null, now);
    }

    /**
     * The holder withdraws it before anyone decided: it leaves the review queue and any claim ends. Once decided (or
     * withdrawn) it cannot be withdrawn. The withdrawal counts as its end for the retention of images.
     */
    public void withdraw(Instant now) {
        if (!isOpen()) {
            throw Rejection.stateConflict(Reason.APPLICATION_ALREADY_DECIDED);
        }
        decide(ApplicationStatus.WITHDRAWN, null, null, now);
    }

    private void decide(ApplicationStatus outcome, Reason why, UUID reviewerId, Instant now) {
        status = outcome;
        reason = why;
        decidedBy = reviewerId;
        decidedAt = now;
        claimedBy = null;
        claimedUntil = null;
    }

    private boolean heldByAnotherThan(UUID reviewerId, Instant now) {
        return claimedBy != null && !claimedBy.equals(reviewerId) && claimedUntil != null && now.isBefore(claimedUntil);
    }

    private void requireClaimBy(UUID reviewerId, Instant now) {
        if (status != ApplicationStatus.IN_REVIEW) {
            throw Rejection.stateConflict(Reason.APPLICATION_STATE_CONFLICT);
        }
        if (!reviewerId.equals(claimedBy) || claimedUntil == null || !now.isBefore(claimedUntil)) {
            throw Rejection.stateConflict(
                    heldByAnotherThan(reviewerId, now) ? Reason.ALREADY_CLAIMED : Reason.NOT_CLAIMED);
        }
    }

    /**
     * The holder of a card verified at a counter claimed it into their account: the counter's applications join the
     * account, so that the holder sees them and hears about them by the account's phone from then on.
     */
    public void joinAccount(UUID accountId) {
        if (applicantId == null) {
            applicantId = Objects.requireNonNull(accountId);
        }
    }

    /**
     * Whether the identity declared for it may be deleted with the images once retention has passed: not while it is
     * the identity the card is verified by (an approval no later approval of the card replaced), since expiry warnings,
     * re-verification and duplicate checks read it.
     */
    public boolean identityDisposableAfterRetention(boolean cardApprovedAgainLater) {
        return !isOpen() && (status != ApplicationStatus.APPROVED || cardApprovedAgainLater);
    }

    /** An administrator keeps (or releases) the images past the retention period, e.g. for a dispute. */
    public void legalHold(boolean hold) {
        legalHold = hold;
    }

    public boolean underLegalHold() {
        return legalHold;
    }

    /** Open applications block another for the same card. */
    public boolean isOpen() {
        return status.isOpen();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public boolean belongsTo(UUID accountId) {
        return accountId.equals(applicantId);
    }

    public Set<PhotoKind> requestedPhotos() {
        if (requestedPhotos == null || requestedPhotos.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(requestedPhotos.split(","))
                .map(PhotoKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PhotoKind.class)));
    }

    public UUID id() {
        return id;
    }

    public UUID cardId() {
        return cardId;
    }

    public String cardNumber() {
        return cardNumber;
    }

    /** The card number's last four digits (all of it when shorter), for SMS texts. */
    public String cardNumberLastFour() {
        return cardNumber.substring(Math.max(0, cardNumber.length() - 4));
    }

    /** Where it was made: at an outlet counter (no applicant account) or online. */
    public Channel channel() {
        return applicantId == null ? Channel.OUTLET : Channel.ONLINE;
    }

    public UUID applicantId() {
        return applicantId;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant slaDeadline() {
        return slaDeadline;
    }

    public int reuploadRounds() {
        return reuploadRounds;
    }

    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<UUID> claimedBy() {
        return Optional.ofNullable(claimedBy);
    }

    /** Until when the current claim holds; empty when nobody holds one (an expired claim still shows its end). */
    public Optional<Instant> claimedUntil() {
        return Optional.ofNullable(claimedUntil);
    }

    /** Whether this reviewer holds a claim that has not run out at {@code now}. */
    public boolean claimHeldBy(UUID reviewerId, Instant now) {
        return reviewerId.equals(claimedBy) && claimedUntil != null && now.isBefore(claimedUntil);
    }

    /** When the nightly job marked it as past its deadline, if it did. */
    public Optional<Instant> escalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }

    /** Still waiting for a reviewer and past its deadline at {@code now}. */
    public boolean isOverdueAt(Instant now) {
        return ApplicationStatus.waitingForReviewer().contains(status)
                && slaDeadline != null
                && slaDeadline.isBefore(now);
    }
}
