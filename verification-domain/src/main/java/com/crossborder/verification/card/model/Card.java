package com.crossborder.verification.card.model;

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
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A cross-border card bound to a holder's account; usable once a person verified it against one identity. */
@Entity
@Table(name = "card")
public class Card {

    @Id
    private UUID id;

    @Column(name = "card_number", nullable = false, unique = true, length = 20)
    private String cardNumber;

    @Column(name = "holder_id")
    private UUID holderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private CardStatus status;

    /** Blind index of the identity the card was verified for; a card verified for one identity is never another's. */
    @Column(name = "identity_index", length = 64)
    private String identityIndex;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "verified_channel", length = 8)
    private Channel verifiedChannel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Card() {}

    /** A card an applicant adds to their account; not yet usable. */
    public static Card boundTo(UUID holderId, CardNumber number, Instant now) {
        Card card = new Card();
        card.id = Ids.next();
        card.cardNumber = number.value();
        card.holderId = holderId;
        card.status = CardStatus.UNVERIFIED;
        card.createdAt = now;
        return card;
    }

    /** An application for it was submitted. */
    public void verificationPending() {
        if (status == CardStatus.VERIFIED) {
            throw Rejection.stateConflict(Reason.CARD_ALREADY_VERIFIED);
        }
        status = CardStatus.PENDING;
    }

    /** A person (or the nightly screening) approved it for this identity; the operator is told. */
    public void verifiedFor(String identityIndex, Instant now, Channel channel, UUID applicationId, CardEvents events) {
        if (this.identityIndex != null && !this.identityIndex.equals(identityIndex)) {
            throw Rejection.ruleViolated(Reason.CARD_VERIFIED_FOR_ANOTHER_IDENTITY);
        }
        this.identityIndex = identityIndex;
        this.status = CardStatus.VERIFIED;
        this.verifiedAt = now;
        this.verifiedChannel = channel;
        events.changed(event(CardEvent.Type.VERIFIED, channel, applicationId, now));
    }

    /**
     * The application was refused: back to where it was before; the operator is told. A case referred from a counter
     * never made the card PENDING, and its refusal is told all the same.
     */
    public void verificationRefused(Channel channel, UUID applicationId, Instant now, CardEvents events) {
        if (status == CardStatus.PENDING) {
            status = identityIndex == null ? CardStatus.UNVERIFIED : CardStatus.REVERIFICATION_REQUIRED;
            events.changed(event(CardEvent.Type.VERIFICATION_REJECTED, channel, applicationId, now));
        } else if (channel == Channel.OUTLET && status != CardStatus.VERIFIED) {
            events.changed(event(CardEvent.Type.VERIFICATION_REJECTED, channel, applicationId, now));
        }
    }

    /**
     * The holder withdrew the open application: back to where it was before. PENDING was never told to the operator,
     * so there is nothing to tell.
     */
    public void verificationWithdrawn() {
        if (status == CardStatus.PENDING) {
            status = identityIndex == null ? CardStatus.UNVERIFIED : CardStatus.REVERIFICATION_REQUIRED;
        }
    }

    /** Refused at an outlet counter: the status stays (a pending online application goes on); the operator is told. */
    public void refusedAtCounter(UUID applicationId, Instant now, CardEvents events) {
        if (status != CardStatus.VERIFIED) {
            events.changed(event(CardEvent.Type.VERIFICATION_REJECTED, Channel.OUTLET, applicationId, now));
        }
    }

    /** The document it was verified with has expired; the operator is told. */
    public void reverificationRequired(Instant now, CardEvents events) {
        if (status == CardStatus.VERIFIED) {
            status = CardStatus.REVERIFICATION_REQUIRED;
            events.changed(event(CardEvent.Type.REVERIFICATION_REQUIRED, verifiedChannel, null, now));
        }
    }

    /**
     * The operator's file says the card is LOST or BLOCKED: a verified card is verified no longer (it stays tied to its
     * identity: found again, it can be verified for the same person only); the operator is told.
     */
    public void stoppedByOperator(Instant now, CardEvents events) {
        if (status == CardStatus.VERIFIED || status == CardStatus.REVERIFICATION_REQUIRED) {
            status = CardStatus.UNVERIFIED;
            verifiedAt = null;
            events.changed(event(CardEvent.Type.UNVERIFIED, verifiedChannel, null, now));
        }
    }

    private CardEvent event(CardEvent.Type type, Channel channel, UUID applicationId, Instant now) {
        return new CardEvent(type, number(), status, channel, applicationId, now);
    }

    /**
     * The holder of a card verified at a counter takes it into their account. A card on another account is not
     * theirs to take; taking one's own card again changes nothing.
     */
    public void claimInto(UUID accountId) {
        if (holderId != null && !holderId.equals(accountId)) {
            throw Rejection.stateConflict(Reason.CARD_UNAVAILABLE);
        }
        holderId = accountId;
    }

    /** Whether no account holds it (a card registered at a counter and not claimed yet). */
    public boolean heldByNobody() {
        return holderId == null;
    }

    public Optional<UUID> holderId() {
        return Optional.ofNullable(holderId);
    }

    public boolean belongsTo(UUID accountId) {
        return accountId.equals(holderId);
    }

    public UUID id() {
        return id;
    }

    public CardNumber number() {
        return new CardNumber(cardNumber);
    }

    public CardStatus status() {
        return status;
    }

    public Optional<String> identityIndex() {
        return Optional.ofNullable(identityIndex);
    }

    public Optional<Channel> verifiedChannel() {
        return Optional.ofNullable(verifiedChannel);
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt);
    }
}
