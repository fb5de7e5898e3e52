package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.outlet.model.Outlet;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.outlet.model.Scan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outlets, scans and visits in {@code outlet}, {@code outlet_scan} and {@code outlet_visit}. */
@ApplicationScoped
public class JpaOutletVisits implements OutletVisits {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void addOutlet(Outlet outlet) {
        em.persist(outlet);
        em.flush();
    }

    @Override
    public Optional<Outlet> outlet(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Outlet.class, code));
    }

    @Override
    public List<Outlet> outlets() {
        return em.createQuery("SELECT o FROM Outlet o ORDER BY o.code", Outlet.class).getResultList();
    }

    @Override
    public void addScan(Scan scan) {
        em.persist(scan);
    }

    @Override
    public Optional<Scan> scan(UUID id) {
        return Optional.ofNullable(em.find(Scan.class, id));
    }

    @Override
    public void add(OutletVisit visit) {
        em.persist(visit);
    }

    @Override
    public Optional<OutletVisit> ofApplication(UUID applicationId) {
        return Optional.ofNullable(em.find(OutletVisit.class, applicationId));
    }

    @Override
    public Optional<OutletVisit> withReference(String reference) {
        return em.createQuery("SELECT v FROM OutletVisit v WHERE v.reference = :reference", OutletVisit.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public List<OutletVisit> onDay(String outletCode, LocalDate businessDate) {
        return em.createQuery("SELECT v FROM OutletVisit v WHERE v.outletCode = :outlet AND v.businessDate = :day", OutletVisit.class)
                .setParameter("outlet", outletCode).setParameter("day", businessDate).getResultList();
    }
}
