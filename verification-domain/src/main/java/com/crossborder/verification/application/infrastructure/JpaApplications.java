package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Applications in {@code application}, with {@code application_identity} and {@code application_photo}. */
@ApplicationScoped
public class JpaApplications implements Applications {

    private static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW, ApplicationStatus.REUPLOAD_REQUESTED, ApplicationStatus.REFERRED);

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(Application application) {
        em.persist(application);
    }

    @Override
    public Optional<Application> withId(UUID id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    @Override
    public boolean hasOpenApplicationFor(UUID cardId) {
        return !em.createQuery("SELECT a.id FROM Application a WHERE a.cardId = :card AND a.status IN :open", UUID.class)
                .setParameter("card", cardId).setParameter("open", OPEN).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<UUID> idsInStatusAfter(ApplicationStatus status, UUID after, UUID last, int limit) {
        return em.createQuery("SELECT a.id FROM Application a WHERE a.status = :status AND a.id > :after AND a.id <= :last "
                        + "ORDER BY a.id", UUID.class)
                .setParameter("status", status).setParameter("after", after == null ? new UUID(0, 0) : after)
                .setParameter("last", last == null ? new UUID(-1, -1) : last)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<UUID> runEndsInStatus(ApplicationStatus status, int runs) {
        List<?> ends = em.createNativeQuery("SELECT MAX(id) FROM (SELECT id, NTILE(?) OVER (ORDER BY id) AS run FROM application "
                        + "WHERE status = ?) runs GROUP BY run ORDER BY run")
                .setParameter(1, runs).setParameter(2, status.name()).getResultList();
        return ends.stream().map(end -> UUID.fromString(end.toString())).toList();
    }

    @Override
    public List<UUID> overdueIdsAfter(java.time.Instant now, UUID after, int limit) {
        return em.createQuery("SELECT a.id FROM Application a WHERE a.status IN :waiting AND a.slaDeadline < :now "
                        + "AND a.escalatedAt IS NULL AND a.id > :after ORDER BY a.id", UUID.class)
                .setParameter("waiting", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.REFERRED))
                .setParameter("now", now).setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<UUID> openWithExpiredDocumentAfter(java.time.LocalDate today, UUID after, int limit) {
        return em.createQuery("SELECT a.id FROM Application a, DeclaredIdentity i WHERE i.applicationId = a.id "
                        + "AND a.status IN :open AND i.longTerm = :no AND i.expiryDate < :today AND a.id > :after ORDER BY a.id", UUID.class)
                .setParameter("open", OPEN).setParameter("today", today).setParameter("no", false)
                .setParameter("after", after == null ? new UUID(0, 0) : after).setMaxResults(limit).getResultList();
    }

    @Override
    public List<UUID> verifiedCardsExpiringAfter(java.time.LocalDate from, java.time.LocalDate to, UUID after, int limit) {
        return em.createQuery("SELECT DISTINCT c.id FROM Card c, Application a, DeclaredIdentity i WHERE a.cardId = c.id "
                        + "AND i.applicationId = a.id AND a.status = :approved AND c.status = :verified AND i.longTerm = :no "
                        + "AND i.expiryDate >= :from AND i.expiryDate <= :to AND c.id > :after ORDER BY c.id", UUID.class)
                .setParameter("approved", ApplicationStatus.APPROVED).setParameter("no", false)
                .setParameter("verified", com.crossborder.verification.card.model.CardStatus.VERIFIED)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("after", after == null ? new UUID(0, 0) : after).setMaxResults(limit).getResultList();
    }

    @Override
    public List<UUID> imagesDueForPurgeAfter(java.time.Instant cutoff, UUID after, int limit) {
        return em.createQuery("SELECT a.id FROM Application a WHERE a.status IN :final AND a.decidedAt < :cutoff "
                        + "AND a.legalHold = :no AND a.id > :after AND (EXISTS (SELECT p FROM ApplicationPhoto p WHERE p.applicationId = a.id) "
                        + "OR EXISTS (SELECT v FROM OutletVisit v WHERE v.applicationId = a.id "
                        + "AND (v.livePhotoScanId IS NOT NULL OR v.powerOfAttorneyScanId IS NOT NULL))) ORDER BY a.id", UUID.class)
                .setParameter("final", List.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED)).setParameter("no", false)
                // With subqueries EclipseLink would print values into the SQL, and H2 refuses a boolean written as 0.
                .setHint("eclipselink.jdbc.bind-parameters", "True")
                .setParameter("cutoff", cutoff).setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public int purgeImages(UUID applicationId) {
        int photos = em.createQuery("DELETE FROM ApplicationPhoto p WHERE p.applicationId = :id")
                .setParameter("id", applicationId).executeUpdate();
        List<?> scans = em.createNativeQuery("SELECT live_photo_scan_id, poa_scan_id FROM outlet_visit WHERE application_id = ?")
                .setParameter(1, applicationId.toString()).getResultList();
        int removedScans = 0;
        for (Object row : scans) {
            for (Object scanId : (Object[]) row) {
                if (scanId != null) {
                    removedScans += em.createNativeQuery("DELETE FROM outlet_scan WHERE id = ?").setParameter(1, scanId.toString())
                            .executeUpdate();
                }
            }
        }
        em.createNativeQuery("UPDATE outlet_visit SET live_photo_scan_id = NULL, poa_scan_id = NULL WHERE application_id = ?")
                .setParameter(1, applicationId.toString()).executeUpdate();
        return photos + removedScans;
    }

    @Override
    public java.util.Optional<Application> approvedFor(UUID cardId) {
        return em.createQuery("SELECT a FROM Application a WHERE a.cardId = :card AND a.status = :approved ORDER BY a.decidedAt DESC",
                        Application.class)
                .setParameter("card", cardId).setParameter("approved", ApplicationStatus.APPROVED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Application> reviewQueue(int offset, int limit) {
        return em.createQuery("SELECT a FROM Application a WHERE a.status IN :waiting ORDER BY a.slaDeadline, a.id",
                        Application.class)
                .setParameter("waiting", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.REFERRED))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<DeclaredIdentity> identityOf(UUID applicationId) {
        return Optional.ofNullable(em.find(DeclaredIdentity.class, applicationId));
    }

    @Override
    public void declare(DeclaredIdentity identity) {
        DeclaredIdentity existing = em.find(DeclaredIdentity.class, identity.applicationId());
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(identity);
    }

    @Override
    public Set<String> approvedNamesOf(String identityIndex, UUID except) {
        return new HashSet<>(em.createQuery("SELECT i.nameIndex FROM DeclaredIdentity i, Application a "
                        + "WHERE a.id = i.applicationId AND i.identityIndex = :identity AND a.status = :approved AND a.id <> :except",
                        String.class)
                .setParameter("identity", identityIndex).setParameter("approved", ApplicationStatus.APPROVED)
                .setParameter("except", except).getResultList());
    }
}
