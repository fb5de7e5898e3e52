package com.crossborder.verification.webhook.model;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up after the retry period; an admin may deliver it again. */
    FAILED,
    /** Its webhook was removed before it could be delivered. */
    CANCELLED
}
