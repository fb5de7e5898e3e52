package com.crossborder.verification.retention.infrastructure;

import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.retention.model.RetainedImages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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
                                + "AND (v.livePhotoScanId IS NOT NULL OR v.powerOfAttorneyScanId IS NOT NULL))) "
                                + "ORDER BY a.id",
                        UUID.class)
                .setParameter("final", ApplicationStatus.ended())
                .setParameter("no", false)
                // With subqueries EclipseLink would print values into the SQL, and H2 refuses a boolean written as 0.
                .setHint("eclipselink.jdbc.bind-parameters", "True")
                .setParameter("cutoff", cutoff)
                .setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit)
                .getResultList();
    }
}
