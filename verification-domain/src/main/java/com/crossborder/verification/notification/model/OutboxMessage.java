package com.crossborder.verification.notification.model;

import com.crossborder.verification.shared.model.ClaimLapse;
import com.crossborder.verification.shared.model.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One SMS to send, written in the same transaction as the change that causes it and delivered later by a
 * dispatcher. Number and text are stored encrypted (the text may hold a one-time code).
 */
@Entity
@Table(name = "sms_outbox")
public class OutboxMessage {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "template", nullable = false, length = 40)
    private SmsTemplate template;

    @Column(name = "phone_encrypted", nullable = false)
    private byte[] phoneEncrypted;

    @Column(name = "phone_masked", nullable = false, length = 20)
    private String phoneMasked;

    @Column(name = "text_encrypted", nullable = false)
    private byte[] textEncrypted;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private SmsStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "parts", nullable = false)
    private int parts;

    @Column(name = "parts_delivered", nullable = false)
    private int partsDelivered;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = 200)
    private String lastError;

    /** Blind index of the number, so that a holder's messages can be listed for customer service. */
    @Column(name = "phone_index", length = 64)
    private String phoneIndex;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "uncertain_sends", nullable = false)
    private int uncertainSends;

    @Version
    private long version;

    protected OutboxMessage() {}

    public OutboxMessage(
            SmsTemplate template, byte[] phoneEncrypted, String phoneMasked, byte[] textEncrypted, Instant now) {
        this.id = Ids.next();
        this.template = template;
        this.phoneEncrypted = phoneEncrypted;
        this.phoneMasked = phoneMasked;
        this.textEncrypted = textEncrypted;
        this.status = SmsStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Files the message under its number's blind index, for finding a holder's messages later. */
    public OutboxMessage toNumberIndexed(String phoneIndex) {
        this.phoneIndex = phoneIndex;
        return this;
    }

    /**
     * One dispatcher takes the message for an attempt: SENDING, one attempt more. (The outbox makes the same change
     * as one conditional UPDATE, so that two dispatchers cannot both take it.)
     */
    public void claim(Instant now) {
        requireStatus(SmsStatus.PENDING);
        status = SmsStatus.SENDING;
        attempts++;
        claimedAt = now;
    }

    /**
     * The gateway took it; with no delivery reports to come, that is as far as it goes. Also recorded when the claim
     * lapsed meanwhile (the slow answer came after all: not sent again); ignored when another send was recorded first.
     */
    public void sent(int partCount, boolean deliveryReported, Instant now) {
        if (status == SmsStatus.SENT || status == SmsStatus.DELIVERED) {
            return;
        }
        if (status != SmsStatus.PENDING || uncertainSends == 0) {
            requireStatus(SmsStatus.SENDING);
        }
        this.claimedAt = null;
        this.parts = partCount;
        this.sentAt = now;
        this.status = deliveryReported ? SmsStatus.SENT : SmsStatus.DELIVERED;
        if (!deliveryReported) {
            this.deliveredAt = now;
        }
    }

    /**
     * The gateway could not take it: back to PENDING after an exponential backoff ({@code base} × 2^(attempts−1)),
     * or FAILED once {@code maxAttempts} are used up.
     */
    public void notSent(String reason, int maxAttempts, Duration base, Instant now) {
        requireStatus(SmsStatus.SENDING);
        this.lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 200));
        this.claimedAt = null;
        if (attempts >= maxAttempts) {
            this.status = SmsStatus.FAILED;
            return;
        }
        long factor = 1L << Math.min(attempts - 1, 16);
        this.nextAttemptAt = now.plus(base.multipliedBy(factor));
        this.status = SmsStatus.PENDING;
    }

    /**
     * The send's outcome is unknown — the gateway failed half-way, or the claim lapsed because its dispatcher died or
     * the SMSC never answered: sent once more, straight away, if {@code rule} allows another uncertain send (resend
     * once); FAILED otherwise, rather than risk a third copy.
     */
    public void outcomeUnknown(String reason, ClaimLapse rule, Instant now) {
        requireStatus(SmsStatus.SENDING);
        this.lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 200));
        this.claimedAt = null;
        if (!rule.mayResend(uncertainSends)) {
            this.status = SmsStatus.FAILED;
            return;
        }
        uncertainSends++;
        nextAttemptAt = now;
        status = SmsStatus.PENDING;
    }

    /** Whether this SENDING message's claim has lapsed under {@code rule}. */
    public boolean claimLapsed(ClaimLapse rule, Instant now) {
        return status == SmsStatus.SENDING && claimedAt != null && claimedAt.isBefore(rule.lapsedBefore(now));
    }

    /** A delivery receipt for one part; the message is DELIVERED once every part is, FAILED when any part fails. */
    public void partReported(boolean delivered, Instant now) {
        if (status != SmsStatus.SENT) {
            return;
        }
        if (!delivered) {
            status = SmsStatus.FAILED;
            lastError = "carrier reported the message undeliverable";
            return;
        }
        partsDelivered++;
        if (partsDelivered >= parts) {
            status = SmsStatus.DELIVERED;
            deliveredAt = now;
        }
    }

    private void requireStatus(SmsStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("outbox message " + id + " is " + status + ", not " + expected);
        }
    }

    public UUID id() {
        return id;
    }

    public SmsTemplate template() {
        return template;
    }

    public byte[] phoneEncrypted() {
        return phoneEncrypted.clone();
    }

    public String phoneMasked() {
        return phoneMasked;
    }

    public byte[] textEncrypted() {
        return textEncrypted.clone();
    }

    public SmsStatus status() {
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

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    public String lastError() {
        return lastError;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public int uncertainSends() {
        return uncertainSends;
    }
}
