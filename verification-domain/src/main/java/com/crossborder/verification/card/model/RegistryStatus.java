package com.crossborder.verification.card.model;

/** A card's status in the card operator's file. */
public enum RegistryStatus {
    ACTIVE,
    LOST,
    BLOCKED;

    /** LOST and BLOCKED cards cannot be bound or applied for. */
    public boolean stopsUse() {
        return this != ACTIVE;
    }
}
