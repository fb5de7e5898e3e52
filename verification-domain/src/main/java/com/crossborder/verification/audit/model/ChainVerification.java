package com.crossborder.verification.audit.model;

import com.crossborder.verification.shared.crypto.MacKeys;

/**
 * Walks the audit trail in sequence order and tells whether its hash chain is intact, and if not,
 * at which row it breaks and why.
 */
public final class ChainVerification {

    /** Why a chain is broken at a row. */
    public enum Break {
        /** The row's content no longer matches its own hash: it was changed. */
        CONTENT_CHANGED,
        /** The row does not link to the hash of the row before it: a row before it was removed or changed. */
        LINK_BROKEN,
        /** A sequence number is missing. */
        ROW_MISSING,
        /** An unsealed (plain SHA-256) row after a sealed one, or a row under an audit key that is not configured. */
        SEAL_MISSING
    }

    /** The outcome: {@code brokenAt} and {@code reason} are null when the chain is intact. */
    public record Result(
            boolean intact, long checked, Long brokenAt, Break reason, String lastHash, long unsealedRows) {}

    private long expectedSequence = 1;
    private String expectedPreviousHash = AuditEvent.GENESIS;
    private long checked;
    private long unsealed;
    private boolean sealedSeen;
    private final MacKeys keys;

    /** Verifies rows sealed under these audit keys (and the unsealed rows from before V10_3 at the beginning). */
    public ChainVerification(MacKeys keys) {
        this.keys = keys;
    }

    /** Continues a verification from a row already verified (its sequence and seal). */
    public ChainVerification(MacKeys keys, long afterSequence, String afterHash, boolean sealedSeen) {
        this.keys = keys;
        this.expectedSequence = afterSequence + 1;
        this.expectedPreviousHash = afterHash;
        this.sealedSeen = sealedSeen;
    }

    private Long brokenAt;
    private Break reason;

    /** Checks the next row; returns false once the chain is known to be broken (later rows are not needed). */
    public boolean accept(AuditEvent event) {
        if (brokenAt != null) {
            return false;
        }
        checked++;
        if (event.sequence() != expectedSequence) {
            return breakAt(expectedSequence, Break.ROW_MISSING);
        }
        if (!event.previousHash().equals(expectedPreviousHash)) {
            return breakAt(event.sequence(), Break.LINK_BROKEN);
        }
        if (event.keyId().isEmpty()) {
            if (sealedSeen) {
                // A sealed row turned back into a plain hash, which anyone can recompute.
                return breakAt(event.sequence(), Break.SEAL_MISSING);
            }
            unsealed++;
        } else if (keys == null || !keys.has(event.keyId().get())) {
            return breakAt(event.sequence(), Break.SEAL_MISSING);
        } else {
            sealedSeen = true;
        }
        if (!event.computeHash(keys).equals(event.hash())) {
            return breakAt(event.sequence(), Break.CONTENT_CHANGED);
        }
        expectedSequence = event.sequence() + 1;
        expectedPreviousHash = event.hash();
        return true;
    }

    /** Compares the end of the walk with the chain head kept beside the trail: rows removed at the end show here. */
    public Result finish(long headSequence, String headHash) {
        if (brokenAt == null && (headSequence != expectedSequence - 1 || !headHash.equals(expectedPreviousHash))) {
            breakAt(expectedSequence, Break.ROW_MISSING);
        }
        return new Result(brokenAt == null, checked, brokenAt, reason, expectedPreviousHash, unsealed);
    }

    private boolean breakAt(long sequence, Break why) {
        brokenAt = sequence;
        reason = why;
        return false;
    }
}
