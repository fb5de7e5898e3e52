package com.crossborder.verification.application.model;

/** How an application came in: at an outlet's counter (it has a visit) or online. */
public enum Channel {
    ONLINE,
    OUTLET
}
