package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.account.model.Workplaces;
import com.crossborder.verification.outlet.model.Outlets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Outlet staff work at an outlet that exists. */
@ApplicationScoped
public class OutletWorkplaces implements Workplaces {

    @Inject
    Outlets outlets;

    @Override
    public boolean outletExists(String outletCode) {
        return outlets.withCode(outletCode).isPresent();
    }
}
