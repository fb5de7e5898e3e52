package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.shared.infrastructure.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Counter visits in {@code outlet_visit}. */
@ApplicationScoped
public class JpaOutletVisits implements OutletVisits {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(OutletVisit visit) {
        em.persist(visit);
    }

    @Override
    public Optional<OutletVisit> ofApplication(UUID applicationId) {
        return Optional.ofNullable(em.find(OutletVisit.class, applicationId));
    }

    @Override
    public List<OutletVisit> ofApplications(Collection<UUID> applicationIds) {
        List<OutletVisit> visits = new ArrayList<>();
        for (List<UUID> slice : InLists.slices(List.copyOf(applicationIds))) {
            visits.addAll(em.createQuery("SELECT v FROM OutletVisit v WHERE v.applicationId IN :ids", OutletVisit.class)
                    .setParameter("ids", slice)
                    .getResultList());
        }
        return visits;
    }

    @Override
    public Optional<OutletVisit> withReference(String reference) {
        return em.createQuery("SELECT v FROM OutletVisit v WHERE v.reference = :reference", OutletVisit.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<OutletVisit> onDay(String outletCode, LocalDate businessDate) {
        return em.createQuery(
                        "SELECT v FROM OutletVisit v WHERE v.outletCode = :outlet AND v.businessDate = :day",
                        OutletVisit.class)
                .setParameter("outlet", outletCode)
                .setParameter("day", businessDate)
                .getResultList();
    }
}
