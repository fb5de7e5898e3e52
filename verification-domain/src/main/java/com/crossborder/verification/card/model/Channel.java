package com.crossborder.verification.card.model;

/** How a card's verification was decided: online (app and back office) or at a service outlet. */
public enum Channel {
    ONLINE,
    OUTLET
}
