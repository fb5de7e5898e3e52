package com.crossborder.verification.audit.model;

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
        ROW_MISSING
    }

    /** The outcome: {@code brokenAt} and {@code reason} are null when the chain is intact. */
    public record Result(boolean intact, long checked, Long brokenAt, Break reason, String lastHash) {}

    private long expectedSequence = 1;
    private String expectedPreviousHash = AuditEvent.GENESIS;
    private long checked;
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
        if (!event.computeHash().equals(event.hash())) {
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
        return new Result(brokenAt == null, checked, brokenAt, reason, expectedPreviousHash);
    }

    private boolean breakAt(long sequence, Break why) {
        brokenAt = sequence;
        reason = why;
        return false;
    }
}
