package com.crossborder.verification.notification.model;

/** Where an outbox message stands: PENDING → SENDING → SENT → DELIVERED, or FAILED. */
public enum SmsStatus {
    /** Waiting for a dispatcher (again, after a failed attempt). */
    PENDING,
    /** Claimed by one dispatcher; never handed to the gateway twice. */
    SENDING,
    /** Accepted by the gateway. */
    SENT,
    /** The carrier reported delivery to the handset. */
    DELIVERED,
    /** Given up: out of attempts, refused by the carrier, or lost while sending. */
    FAILED
}
