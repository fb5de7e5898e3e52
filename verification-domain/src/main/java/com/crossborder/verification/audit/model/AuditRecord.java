package com.crossborder.verification.audit.model;

import com.crossborder.verification.shared.model.Actor;
import java.util.Objects;

/**
 * What is to be written to the audit trail: who did what to which object. {@code details} must hold
 * no personal data in clear (masked numbers at most).
 */
public record AuditRecord(Actor actor, String action, String objectType, String objectId, String details) {

    public static final int MAX_DETAILS = 1000;

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        objectId = objectId == null ? "" : objectId;
        details = details == null ? "" : details;
        if (details.length() > MAX_DETAILS) {
            details = details.substring(0, MAX_DETAILS);
        }
    }
}
