package com.crossborder.verification.audit.infrastructure;

import com.crossborder.verification.audit.model.AuditEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that names the end of the audit chain. Appenders lock it, which serialises them and
 * lets a verifier notice rows cut off the end of the trail.
 */
@Entity
@Table(name = "audit_head")
class AuditHead {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {}

    void advanceTo(AuditEvent event) {
        lastSequence = event.sequence();
        lastHash = event.hash();
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }
}
