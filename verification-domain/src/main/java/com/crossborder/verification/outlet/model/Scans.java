package com.crossborder.verification.outlet.model;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Scans taken at counters (power of attorney, live photo), kept encrypted. */
public interface Scans {

    void add(Scan scan);

    Optional<Scan> withId(UUID id);

    /** Deletes these scans; returns how many there were. */
    int remove(Collection<UUID> ids);
}
