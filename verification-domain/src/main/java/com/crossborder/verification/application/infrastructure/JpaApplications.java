package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Applications in {@code application}, with their declared identities in {@code application_identity}. */
@ApplicationScoped
public class JpaApplications implements Applications {

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
    public void lockForChange(Application application) {
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public boolean hasOpenApplicationFor(UUID cardId) {
        return !em.createQuery(
                        "SELECT a.id FROM Application a WHERE a.cardId = :card AND a.status IN :open", UUID.class)
                .setParameter("card", cardId)
                .setParameter("open", ApplicationStatus.open())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<Application> approvedFor(UUID cardId) {
        return em.createQuery(
                        "SELECT a FROM Application a WHERE a.cardId = :card AND a.status = :approved ORDER BY a.decidedAt DESC",
                        Application.class)
                .setParameter("card", cardId)
                .setParameter("approved", ApplicationStatus.APPROVED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
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
    public List<Application> ofApplicant(UUID applicantId, int offset, int limit) {
        return em.createQuery(
                        "SELECT a FROM Application a WHERE a.applicantId = :applicant ORDER BY a.createdAt DESC, a.id DESC",
                        Application.class)
                .setParameter("applicant", applicantId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfApplicant(UUID applicantId) {
        return em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.applicantId = :applicant", Long.class)
                .setParameter("applicant", applicantId)
                .getSingleResult();
    }

    @Override
    public List<Application> withoutAccountFor(UUID cardId) {
        return em.createQuery(
                        "SELECT a FROM Application a WHERE a.cardId = :card AND a.applicantId IS NULL",
                        Application.class)
                .setParameter("card", cardId)
                .getResultList();
    }

    @Override
    public Set<UUID> applicantsWithIdentity(String identityIndex) {
        return Set.copyOf(em.createQuery(
                        "SELECT DISTINCT a.applicantId FROM Application a, DeclaredIdentity i "
                                + "WHERE i.applicationId = a.id AND i.identityIndex = :identity AND a.applicantId IS NOT NULL",
                        UUID.class)
                .setParameter("identity", identityIndex)
                .setMaxResults(100)
                .getResultList());
    }

    @Override
    public Set<UUID> cardsWithIdentity(String identityIndex) {
        return Set.copyOf(em.createQuery(
                        "SELECT DISTINCT a.cardId FROM Application a, DeclaredIdentity i "
                                + "WHERE i.applicationId = a.id AND i.identityIndex = :identity AND a.cardId IS NOT NULL",
                        UUID.class)
                .setParameter("identity", identityIndex)
                .setMaxResults(100)
                .getResultList());
    }
}
