package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
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
}
