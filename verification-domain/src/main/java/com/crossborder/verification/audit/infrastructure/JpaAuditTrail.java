package com.crossborder.verification.audit.infrastructure;

import com.crossborder.verification.audit.model.AuditEvent;
import com.crossborder.verification.audit.model.AuditRecord;
import com.crossborder.verification.audit.model.AuditTrail;
import com.crossborder.verification.audit.model.ChainVerification;
import com.crossborder.verification.shared.crypto.MacKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The audit trail in the {@code audit_event} table, its end kept in {@code audit_head}. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    private static final int VERIFY_PAGE = 1000;

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Inject
    MacKeys keys;

    @Override
    public AuditEvent append(AuditRecord record, Instant now) {
        return appendAfter(em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE), record, now);
    }

    @Override
    public void appendAll(List<AuditRecord> records, Instant now) {
        if (records.isEmpty()) {
            return;
        }
        // The caller's changes go to the database first, so the chain's end stays locked only for the appends.
        em.flush();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        for (AuditRecord record : records) {
            appendAfter(head, record, now);
        }
    }

    /** One row chained to the locked end of the trail, which then moves past it. */
    private AuditEvent appendAfter(AuditHead head, AuditRecord record, Instant now) {
        AuditEvent event = AuditEvent.following(head.lastSequence(), head.lastHash(), record, now, keys);
        em.persist(event);
        head.advanceTo(event);
        return event;
    }

    @Override
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> row = query.from(AuditEvent.class);
        query.where(matching(cb, row, filter)).orderBy(cb.desc(row.get("sequence")));
        return em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> row = query.from(AuditEvent.class);
        query.select(cb.count(row)).where(matching(cb, row, filter));
        return em.createQuery(query).getSingleResult();
    }

    @Override
    public ChainVerification.Result verify() {
        // Up to the head read now: rows appended while the walk goes on lie beyond it and are left to the next check,
        // instead of being taken for rows the head does not know about.
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        long last = head.lastSequence();
        String lastHash = head.lastHash();
        ChainVerification verification = new ChainVerification(keys);
        TypedQuery<AuditEvent> page = em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.sequence > :after AND e.sequence <= :last "
                                + "ORDER BY e.sequence",
                        AuditEvent.class)
                .setParameter("last", last);
        long after = 0;
        boolean going = true;
        while (going) {
            List<AuditEvent> rows =
                    page.setParameter("after", after).setMaxResults(VERIFY_PAGE).getResultList();
            for (AuditEvent row : rows) {
                if (!verification.accept(row)) {
                    going = false;
                    break;
                }
                after = row.sequence();
            }
            going &= rows.size() == VERIFY_PAGE;
            em.clear();
        }
        return verification.finish(last, lastHash);
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEvent> row, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.actorId() != null) {
            where.add(cb.equal(row.get("actorId"), filter.actorId()));
        }
        if (filter.action() != null) {
            where.add(cb.equal(row.get("action"), filter.action()));
        }
        if (filter.objectType() != null) {
            where.add(cb.equal(row.get("objectType"), filter.objectType()));
        }
        if (filter.objectId() != null) {
            where.add(cb.equal(row.get("objectId"), filter.objectId()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(row.<Instant>get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(row.<Instant>get("occurredAt"), filter.to()));
        }
        return where.toArray(new Predicate[0]);
    }
}
