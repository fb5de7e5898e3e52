package com.crossborder.verification.notification.model;

/** Where an outbox message stands: PENDING → SENDING → SENT → DELIVERED, or FAILED. */
public enum SmsStatus {
    /** Waiting for a dispatcher (again, after a failed attempt or a lapsed claim). */
    PENDING,
    /**
     * Claimed by one dispatcher at {@code claimed_at}. Should the dispatcher die or the SMSC never answer, the claim
     * lapses and the message is sent once more (see {@link com.crossborder.verification.shared.model.ClaimLapse}).
     */
    SENDING,
    /** Accepted by the gateway. */
    SENT,
    /** The carrier reported delivery to the handset. */
    DELIVERED,
    /** Given up: out of attempts, refused by the carrier, or its outcome unknown a second time. */
    FAILED
}
