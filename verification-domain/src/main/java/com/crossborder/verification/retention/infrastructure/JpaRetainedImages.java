package com.crossborder.verification.retention.infrastructure;

import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.retention.model.RetainedImages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Decided applications with photos ({@code application_photo}) or counter scans ({@code outlet_visit}) left. */
@ApplicationScoped
public class JpaRetainedImages implements RetainedImages {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public List<UUID> decidedBeforeAfter(Instant cutoff, UUID after, int limit) {
        return em.createQuery(
                        "SELECT a.id FROM Application a WHERE a.status IN :final AND a.decidedAt < :cutoff "
                                + "AND a.legalHold = :no AND a.id > :after "
                                + "AND (EXISTS (SELECT p FROM ApplicationPhoto p WHERE p.applicationId = a.id) "
                                + "OR EXISTS (SELECT v FROM OutletVisit v WHERE v.applicationId = a.id "
                                + "AND (v.livePhotoScanId IS NOT NULL OR v.powerOfAttorneyScanId IS NOT NULL)) "
                                + "OR (EXISTS (SELECT i FROM DeclaredIdentity i WHERE i.applicationId = a.id) "
                                + "AND (a.status <> :approved OR EXISTS (SELECT b FROM Application b "
                                + "WHERE b.cardId = a.cardId AND b.status = :approved AND b.decidedAt > a.decidedAt)))) "
                                + "ORDER BY a.id",
                        UUID.class)
                .setParameter("final", ApplicationStatus.ended())
                .setParameter("approved", ApplicationStatus.APPROVED)
                .setParameter("no", false)
                // With subqueries EclipseLink would print values into the SQL, and H2 refuses a boolean written as 0.
                .setHint("eclipselink.jdbc.bind-parameters", "True")
                .setParameter("cutoff", cutoff)
                .setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<UUID> untouchedSinceAfter(Instant cutoff, UUID after, int limit) {
        return em.createQuery(
                        "SELECT a.id FROM Application a WHERE a.status IN :waiting AND a.touchedAt <= :cutoff "
                                + "AND a.legalHold = :no AND a.id > :after ORDER BY a.id",
                        UUID.class)
                .setParameter("waiting", List.of(ApplicationStatus.DRAFT, ApplicationStatus.REUPLOAD_REQUESTED))
                .setParameter("no", false)
                .setParameter("cutoff", cutoff)
                .setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<UUID> orphanScansAfter(Instant cutoff, UUID after, int limit) {
        return em.createQuery(
                        "SELECT s.id FROM Scan s WHERE s.createdAt <= :cutoff AND s.id > :after " + UNATTACHED
                                + " ORDER BY s.id",
                        UUID.class)
                .setHint("eclipselink.jdbc.bind-parameters", "True")
                .setParameter("cutoff", cutoff)
                .setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int removeOrphanScans(Collection<UUID> scanIds, Instant cutoff) {
        if (scanIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM Scan s WHERE s.id IN :ids AND s.createdAt <= :cutoff " + UNATTACHED)
                .setHint("eclipselink.jdbc.bind-parameters", "True")
                .setParameter("ids", scanIds)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Override
    public boolean approvedAgainAfter(UUID cardId, Instant decidedAt) {
        return !em.createQuery(
                        "SELECT b.id FROM Application b WHERE b.cardId = :card AND b.status = :approved "
                                + "AND b.decidedAt > :decided",
                        UUID.class)
                .setParameter("card", cardId)
                .setParameter("approved", ApplicationStatus.APPROVED)
                .setParameter("decided", decidedAt)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public int removeIdentity(UUID applicationId) {
        return em.createQuery("DELETE FROM DeclaredIdentity i WHERE i.applicationId = :id")
                .setParameter("id", applicationId)
                .executeUpdate();
    }

    private static final String UNATTACHED = "AND NOT EXISTS (SELECT v FROM OutletVisit v "
            + "WHERE v.livePhotoScanId = s.id OR v.powerOfAttorneyScanId = s.id)";
}
