package com.crossborder.verification.card.model;

/** Whether a card may be used across the border: only VERIFIED cards may. */
public enum CardStatus {
    UNVERIFIED,
    PENDING,
    VERIFIED,
    REVERIFICATION_REQUIRED
}
