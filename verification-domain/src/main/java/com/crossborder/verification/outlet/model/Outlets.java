package com.crossborder.verification.outlet.model;

import java.util.List;
import java.util.Optional;

/** The service outlets. */
public interface Outlets {

    void add(Outlet outlet);

    Optional<Outlet> withCode(String code);

    /** All outlets, by code. */
    List<Outlet> all();
}
