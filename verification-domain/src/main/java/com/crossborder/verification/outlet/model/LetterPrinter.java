package com.crossborder.verification.outlet.model;

import com.crossborder.verification.shared.model.Language;
import java.util.List;

/** Prints the confirmation letter a holder takes home from the counter. */
public interface LetterPrinter {

    /** What the letter says, in the holder's language (the outcome and reasons already in it); personal data masked. */
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
            String verificationUrl,
            Language language) {

        public Letter {
            reasons = List.copyOf(reasons);
            language = language == null ? Language.DEFAULT : language;
        }
    }

    /** The letter as a printable document (PDF). */
    byte[] print(Letter letter);
}
