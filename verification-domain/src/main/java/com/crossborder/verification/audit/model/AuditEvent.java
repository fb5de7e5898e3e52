package com.crossborder.verification.audit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One row of the append-only audit trail. Each row carries the SHA-256 of its own content and of
 * the previous row's hash, so that changing or removing a row breaks the chain from there on.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The hash the first row links to. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "seq")
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", nullable = false, length = 64)
    private String actorId;

    @Column(name = "actor_role", nullable = false, length = 20)
    private String actorRole;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = 64)
    private String objectId;

    @Column(name = "details", nullable = false, length = 1000)
    private String details;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {}

    /** The row that follows a chain whose last row has {@code previousSequence} and {@code previousHash}. */
    public static AuditEvent following(long previousSequence, String previousHash, AuditRecord record, Instant now) {
        AuditEvent event = new AuditEvent();
        event.sequence = previousSequence + 1;
        // Stored at millisecond precision so that every database gives back exactly what was hashed.
        event.occurredAt = now.truncatedTo(ChronoUnit.MILLIS);
        event.actorId = record.actor().id();
        event.actorRole = record.actor().role();
        event.action = record.action();
        event.objectType = record.objectType();
        event.objectId = record.objectId();
        event.details = record.details();
        event.previousHash = previousHash;
        event.hash = event.computeHash();
        return event;
    }

    /**
     * A row exactly as it was stored, its hash included, whether or not it still matches: for checking rows that come
     * from elsewhere (an export, a backup) with {@link ChainVerification}.
     */
    public static AuditEvent restored(
            long sequence, Instant occurredAt, AuditRecord record, String previousHash, String hash) {
        AuditEvent event = new AuditEvent();
        event.sequence = sequence;
        event.occurredAt = occurredAt;
        event.actorId = record.actor().id();
        event.actorRole = record.actor().role();
        event.action = record.action();
        event.objectType = record.objectType();
        event.objectId = record.objectId();
        event.details = record.details();
        event.previousHash = previousHash;
        event.hash = hash;
        return event;
    }

    /** The hash this row's content and link should have; differs from {@link #hash()} when the row was altered. */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {
            Long.toString(sequence),
            occurredAt.toString(),
            actorId,
            actorRole,
            action,
            objectType,
            objectId,
            details,
            previousHash
        }) {
            // Length-prefixed, so that no choice of field values can produce the same text as another.
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public long sequence() {
        return sequence;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actorId() {
        return actorId;
    }

    public String actorRole() {
        return actorRole;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String details() {
        return details;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
