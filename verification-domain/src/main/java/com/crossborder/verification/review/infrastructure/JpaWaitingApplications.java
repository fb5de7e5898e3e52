package com.crossborder.verification.review.infrastructure;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.review.model.WaitingApplications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The queue and the nightly job's keyset pages over {@code application}. */
@ApplicationScoped
public class JpaWaitingApplications implements WaitingApplications {

    private static final UUID FIRST = new UUID(0, 0);
    private static final UUID LAST = new UUID(-1, -1);

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public List<UUID> submittedAfter(UUID after, UUID last, int limit) {
        return em.createQuery(
                        "SELECT a.id FROM Application a WHERE a.status = :status AND a.id > :after AND a.id <= :last "
                                + "ORDER BY a.id",
                        UUID.class)
                .setParameter("status", ApplicationStatus.SUBMITTED)
                .setParameter("after", after == null ? FIRST : after)
                .setParameter("last", last == null ? LAST : last)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<UUID> submittedRunEnds(int runs) {
        List<?> ends = em.createNativeQuery("SELECT MAX(id) FROM (SELECT id, NTILE(?) OVER (ORDER BY id) AS run "
                        + "FROM application WHERE status = ?) runs GROUP BY run ORDER BY run")
                .setParameter(1, runs)
                .setParameter(2, ApplicationStatus.SUBMITTED.name())
                .getResultList();
        return ends.stream().map(end -> UUID.fromString(end.toString())).toList();
    }

    @Override
    public List<UUID> overdueAfter(Instant now, UUID after, int limit) {
        return em.createQuery(
                        "SELECT a.id FROM Application a WHERE a.status IN :waiting AND a.slaDeadline < :now "
                                + "AND a.escalatedAt IS NULL AND a.id > :after ORDER BY a.id",
                        UUID.class)
                .setParameter("waiting", ApplicationStatus.waitingForReviewer())
                .setParameter("now", now)
                .setParameter("after", after == null ? FIRST : after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Application> queue(int offset, int limit) {
        return em.createQuery(
                        "SELECT a FROM Application a WHERE a.status IN :waiting ORDER BY a.slaDeadline, a.id",
                        Application.class)
                .setParameter("waiting", ApplicationStatus.waitingForReviewer())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
