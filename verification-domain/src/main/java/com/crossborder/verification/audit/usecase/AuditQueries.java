package com.crossborder.verification.audit.usecase;

import com.crossborder.verification.audit.model.AuditEvent;
import com.crossborder.verification.audit.model.AuditTrail;
import com.crossborder.verification.audit.model.AuditTrail.AuditFilter;
import com.crossborder.verification.audit.model.ChainVerification;
import com.crossborder.verification.shared.model.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reading the audit trail: a filtered page of rows plus the verdict on the whole hash chain. */
@ApplicationScoped
public class AuditQueries {

    /** One page of rows, the total that match, and whether the chain is intact. */
    public record AuditPage(List<AuditEvent> events, long total, ChainVerification.Result chain) {}

    private final AuditTrail trail;

    /** For the CDI client proxy only. */
    protected AuditQueries() {
        this(null);
    }

    @Inject
    public AuditQueries(AuditTrail trail) {
        this.trail = trail;
    }

    /** What happened to one object, oldest first, without the cost of verifying the whole chain. */
    @Transactional
    public List<AuditEvent> historyOf(String objectType, String objectId) {
        List<AuditEvent> events =
                new ArrayList<>(trail.search(new AuditFilter(null, null, objectType, objectId, null, null), 0, 200));
        Collections.reverse(events);
        return events;
    }

    @Transactional
    public AuditPage search(AuditFilter filter, int page, int size) {
        return new AuditPage(
                trail.search(filter, PageRequest.offset(page, size), size), trail.count(filter), trail.verify());
    }
}
