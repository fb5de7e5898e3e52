package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.outlet.model.Scan;
import com.crossborder.verification.outlet.model.Scans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Counter scans in {@code outlet_scan}. */
@ApplicationScoped
public class JpaScans implements Scans {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(Scan scan) {
        em.persist(scan);
    }

    @Override
    public Optional<Scan> withId(UUID id) {
        return Optional.ofNullable(em.find(Scan.class, id));
    }

    @Override
    public int remove(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM Scan s WHERE s.id IN :ids")
                .setParameter("ids", List.copyOf(ids))
                .executeUpdate();
    }
}
