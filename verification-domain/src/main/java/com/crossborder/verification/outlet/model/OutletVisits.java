package com.crossborder.verification.outlet.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Holders' visits to an outlet counter, one for each application made there. */
public interface OutletVisits {

    void add(OutletVisit visit);

    Optional<OutletVisit> ofApplication(UUID applicationId);

    /** The visits of those applications that were made at a counter. */
    List<OutletVisit> ofApplications(Collection<UUID> applicationIds);

    Optional<OutletVisit> withReference(String reference);

    List<OutletVisit> onDay(String outletCode, LocalDate businessDate);
}
