package com.crossborder.verification.notification.model;

import com.crossborder.verification.shared.model.PhoneNumber;
import java.util.List;
import java.util.UUID;

/** Something that hands an SMS to a carrier: the server log in development, SMPP in production. */
public interface SmsGateway {

    /** Sends the text; returns the gateway's id of every part, for matching delivery receipts. */
    List<String> send(PhoneNumber to, String text) throws SmsNotSentException;

    /**
     * The same, for the outbox message {@code messageId}: a gateway that can tell its carrier a client reference
     * passes one derived from the id, the same on a resend, so that a carrier that deduplicates can drop the copy.
     */
    default List<String> send(PhoneNumber to, String text, UUID messageId) throws SmsNotSentException {
        return send(to, text);
    }

    /** Whether this gateway reports delivery later (so SENT is not final). */
    boolean reportsDelivery();

    /** The gateway could not take the message now; the outbox tries again later. */
    class SmsNotSentException extends Exception {
        public SmsNotSentException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
