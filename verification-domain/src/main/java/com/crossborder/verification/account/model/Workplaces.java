package com.crossborder.verification.account.model;

/** Where staff can work: implemented by the outlet context, which keeps the outlets. */
public interface Workplaces {

    boolean outletExists(String outletCode);
}
