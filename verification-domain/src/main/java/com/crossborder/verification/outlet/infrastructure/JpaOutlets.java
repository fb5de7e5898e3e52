package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.outlet.model.Outlet;
import com.crossborder.verification.outlet.model.Outlets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Outlets in {@code outlet}. */
@ApplicationScoped
public class JpaOutlets implements Outlets {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(Outlet outlet) {
        em.persist(outlet);
        em.flush();
    }

    @Override
    public Optional<Outlet> withCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Outlet.class, code));
    }

    @Override
    public List<Outlet> all() {
        return em.createQuery("SELECT o FROM Outlet o ORDER BY o.code", Outlet.class)
                .getResultList();
    }
}
