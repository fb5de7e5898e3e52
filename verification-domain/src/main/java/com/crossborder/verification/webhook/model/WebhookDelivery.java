package com.crossborder.verification.webhook.model;

import com.crossborder.verification.shared.model.Ids;
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

/**
 * One event for one webhook, in the outbox: written in the transaction that changed the card, delivered after it
 * commits, retried with the same {@code webhook-id} until the receiver answers 2xx or the retry period ends. A card's
 * deliveries to a webhook go out in {@code seq} order: the next waits while an earlier one is PENDING.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    private UUID id;

    @Column(name = "webhook_id", nullable = false)
    private UUID webhookId;

    /** The {@code webhook-id} header: the event's id, the same on every attempt and for every webhook. */
    @Column(name = "message_id", nullable = false, length = 40)
    private String messageId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Column(name = "card_number", nullable = false, length = 20)
    private String cardNumber;

    @Column(name = "seq", nullable = false)
    private long seq;

    @Column(name = "payload", nullable = false, length = 2000)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the current round of attempts began (creation, or the last redelivery): the retry period counts from it. */
    @Column(name = "round_started_at", nullable = false)
    private Instant roundStartedAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 200)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected WebhookDelivery() {}

    public WebhookDelivery(
            UUID webhookId,
            String messageId,
            String eventType,
            String cardNumber,
            long seq,
            String payload,
            Instant now) {
        this.id = Ids.next();
        this.webhookId = webhookId;
        this.messageId = messageId;
        this.eventType = eventType;
        this.cardNumber = cardNumber;
        this.seq = seq;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.roundStartedAt = now;
        this.nextAttemptAt = now;
    }

    /** The receiver answered 2xx. */
    public void delivered(int httpStatus, Instant now) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = httpStatus;
        lastError = null;
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        claimedUntil = null;
        claimedBy = null;
    }

    /** The attempt failed (an answer other than 2xx, or none): wait and try again, or give up. */
    public void failed(Integer httpStatus, String error, RetrySchedule schedule, Instant now) {
        attempts++;
        lastAttemptAt = now;
        lastStatus = httpStatus;
        lastError = error == null ? null : error.length() > 200 ? error.substring(0, 200) : error;
        claimedUntil = null;
        claimedBy = null;
        Optional<Instant> next = schedule.nextAttempt(attempts, roundStartedAt, now);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = DeliveryStatus.FAILED;
        }
    }

    /** An admin asks for it again: a new round of attempts, the same {@code webhook-id}. */
    public void redeliver(Instant now) {
        status = DeliveryStatus.PENDING;
        roundStartedAt = now;
        nextAttemptAt = now;
        claimedUntil = null;
        claimedBy = null;
    }

    public void cancelled() {
        if (status == DeliveryStatus.PENDING) {
            status = DeliveryStatus.CANCELLED;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID webhookId() {
        return webhookId;
    }

    public String messageId() {
        return messageId;
    }

    public String eventType() {
        return eventType;
    }

    public String cardNumber() {
        return cardNumber;
    }

    public String payload() {
        return payload;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<Integer> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }
}
