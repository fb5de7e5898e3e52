package com.crossborder.verification.outlet.model;

import java.util.List;

/** Prints the confirmation letter a holder takes home from the counter. */
public interface LetterPrinter {

    /** What the letter says; personal data masked only. */
    record Letter(
            String reference,
            String holderName,
            String maskedNumber,
            String cardNumber,
            String outlet,
            String staff,
            String decidedAt,
            String outcome,
            List<String> reasons,
            String verificationUrl) {

        public Letter {
            reasons = List.copyOf(reasons);
        }
    }

    /** The letter as a printable document (PDF). */
    byte[] print(Letter letter);
}
