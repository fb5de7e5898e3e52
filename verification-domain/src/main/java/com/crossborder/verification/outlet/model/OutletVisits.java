package com.crossborder.verification.outlet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outlets, their scans and visits. */
public interface OutletVisits {

    void addOutlet(Outlet outlet);

    Optional<Outlet> outlet(String code);

    List<Outlet> outlets();

    void addScan(Scan scan);

    Optional<Scan> scan(UUID id);

    void add(OutletVisit visit);

    Optional<OutletVisit> ofApplication(UUID applicationId);

    Optional<OutletVisit> withReference(String reference);

    List<OutletVisit> onDay(String outletCode, LocalDate businessDate);
}
