package com.crossborder.verification.outlet.model;

/** How an agent (代办人) is related to the holder; only parents and guardians may act for a minor. */
public enum Relationship {
    PARENT,
    GUARDIAN,
    SPOUSE,
    CHILD,
    RELATIVE,
    OTHER;

    public boolean mayActForMinor() {
        return this == PARENT || this == GUARDIAN;
    }
}
