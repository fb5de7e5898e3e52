package com.crossborder.verification.card.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.text.Normalizer;
import java.util.Locale;

/** The check code printed on a card: 4 to 16 letters or digits, compared without regard to case. */
public record CheckCode(String value) {

    public CheckCode {
        if (!wellFormed(value)) {
            throw Rejection.onField("checkCode", Reason.FIELD_INVALID_FORMAT);
        }
    }

    /** The code as typed: full-width characters and case folded, spaces ignored. */
    public static CheckCode parse(String raw) {
        if (raw == null || raw.length() > 64) {
            throw Rejection.onField("checkCode", Reason.FIELD_INVALID_FORMAT);
        }
        return new CheckCode(normalise(raw));
    }

    /** Whether the raw text is a check code once normalised. */
    public static boolean isCheckCode(String raw) {
        return raw != null && raw.length() <= 64 && wellFormed(normalise(raw));
    }

    private static String normalise(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static boolean wellFormed(String value) {
        return value != null
                && value.length() >= 4
                && value.length() <= 16
                && value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z');
    }
}
