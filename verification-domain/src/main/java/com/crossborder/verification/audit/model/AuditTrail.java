package com.crossborder.verification.audit.model;

import java.time.Instant;
import java.util.List;

/** The append-only audit trail. */
public interface AuditTrail {

    /** Appends a row in the caller's transaction, chained to the last one; concurrent appends are serialised. */
    AuditEvent append(AuditRecord record, Instant now);

    /** Appends rows in order, in the caller's transaction, taking the chain's end once for all of them. */
    void appendAll(List<AuditRecord> records, Instant now);

    /** Rows matching the filter, newest first. */
    List<AuditEvent> search(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);

    /** Verifies the whole chain from its first row, reading it in pages. */
    ChainVerification.Result verify();

    /** What to look for; null fields match everything. */
    record AuditFilter(String actorId, String action, String objectType, String objectId, Instant from, Instant to) {}
}
