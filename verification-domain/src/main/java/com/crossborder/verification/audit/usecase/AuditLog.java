package com.crossborder.verification.audit.usecase;

import com.crossborder.verification.audit.model.AuditRecord;
import com.crossborder.verification.audit.model.AuditTrail;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Records what happened, in the transaction of the change it records (it refuses to run without one). */
@ApplicationScoped
public class AuditLog {

    private final AuditTrail trail;
    private final BusinessClock clock;

    /** For the CDI client proxy only. */
    protected AuditLog() {
        this(null, null);
    }

    @Inject
    public AuditLog(AuditTrail trail, BusinessClock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** Appends one audit row: {@code actor} did {@code action} to {@code objectType}/{@code objectId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Actor actor, String action, String objectType, String objectId, String details) {
        trail.append(new AuditRecord(actor, action, objectType, objectId, details), clock.now());
    }

    /** Appends rows for many changes made in the caller's transaction (a nightly chunk), in one go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditRecord> records) {
        trail.appendAll(records, clock.now());
    }

    /**
     * Appends one audit row for something that is not itself a database change (a view of personal data,
     * an operator starting a job): joins the caller's transaction if there is one, else commits on its own.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordOperation(Actor actor, String action, String objectType, String objectId, String details) {
        trail.append(new AuditRecord(actor, action, objectType, objectId, details), clock.now());
    }
}
