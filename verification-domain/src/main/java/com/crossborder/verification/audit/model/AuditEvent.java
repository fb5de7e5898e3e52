package com.crossborder.verification.audit.model;

import com.crossborder.verification.shared.crypto.MacKeys;
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
import java.util.Optional;

/**
 * One row of the append-only audit trail. Each row carries a seal of its own content and of the previous row's seal,
 * so that changing or removing a row breaks the chain from there on: an HMAC-SHA256 under an audit key kept outside
 * the database, named by {@code key_id}, so that someone who can write the table cannot seal a changed row again.
 * Rows written before V10_3 have no key id and a plain SHA-256 (which anyone could recompute); they form the
 * chain's beginning, and the first sealed row links to the last of them.
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

    @Column(name = "key_id", length = 32)
    private String keyId;

    protected AuditEvent() {}

    /** The row that follows a chain whose last row has {@code previousSequence} and {@code previousHash}. */
    public static AuditEvent following(
            long previousSequence, String previousHash, AuditRecord record, Instant now, MacKeys keys) {
        AuditEvent event = unsealed(previousSequence, previousHash, record, now);
        event.keyId = keys.currentKeyId();
        event.hash = event.computeHash(keys);
        return event;
    }

    /** A row sealed the old way (plain SHA-256, no key id), as rows were before V10_3: for tests of the migration. */
    public static AuditEvent followingUnkeyed(
            long previousSequence, String previousHash, AuditRecord record, Instant now) {
        AuditEvent event = unsealed(previousSequence, previousHash, record, now);
        event.hash = event.computeHash(null);
        return event;
    }

    private static AuditEvent unsealed(long previousSequence, String previousHash, AuditRecord record, Instant now) {
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
        return event;
    }

    /**
     * A row exactly as it was stored, its hash included, whether or not it still matches: for checking rows that come
     * from elsewhere (an export, a backup) with {@link ChainVerification}.
     */
    public static AuditEvent restored(
            long sequence, Instant occurredAt, AuditRecord record, String previousHash, String hash) {
        return restored(sequence, occurredAt, record, previousHash, hash, null);
    }

    /** As {@link #restored(long, Instant, AuditRecord, String, String)}, for a row sealed under a key id. */
    public static AuditEvent restored(
            long sequence, Instant occurredAt, AuditRecord record, String previousHash, String hash, String keyId) {
        AuditEvent event = new AuditEvent();
        event.keyId = keyId;
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

    /**
     * The seal this row's content and link should have; differs from {@link #hash()} when the row was altered. An
     * unkeyed row (before V10_3) is a plain SHA-256; a keyed row an HMAC under its key, its key id sealed too.
     */
    public String computeHash(MacKeys keys) {
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
        if (keyId != null) {
            if (keys == null) {
                throw new IllegalArgumentException("row " + sequence + " is sealed under key " + keyId);
            }
            canonical
                    .append("kid=")
                    .append(keyId.length())
                    .append(':')
                    .append(keyId)
                    .append(';');
            return keys.mac(keyId, canonical.toString());
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

    /** The audit key the row is sealed under; empty for a row from before V10_3 (plain SHA-256). */
    public Optional<String> keyId() {
        return Optional.ofNullable(keyId);
    }
}
