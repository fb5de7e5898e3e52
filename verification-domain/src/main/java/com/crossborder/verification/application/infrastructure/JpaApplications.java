package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Applications in the {@code application} table. */
@ApplicationScoped
public class JpaApplications implements Applications {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public Optional<Application> withId(UUID id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    @Override
    public List<Application> inStatusAfter(ApplicationStatus status, UUID after, int limit) {
        // Keyset paging: the cost of a page does not grow with how far the reader has got.
        return em.createQuery("SELECT a FROM Application a WHERE a.status = :status AND a.id > :after ORDER BY a.id",
                        Application.class)
                .setParameter("status", status)
                .setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit)
                .getResultList();
    }
}
