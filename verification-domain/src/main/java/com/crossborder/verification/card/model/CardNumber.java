package com.crossborder.verification.card.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.text.Normalizer;

/** A cross-border card's number: digits only, of a configured length (10–20 by default); spaces and dashes are ignored. */
public record CardNumber(String value) {

    /** The lengths a card number may have. */
    public record Format(int minLength, int maxLength) {
        public static final Format DEFAULT = new Format(10, 20);

        public Format {
            if (minLength < 1 || maxLength < minLength) {
                throw new IllegalArgumentException("card number lengths must be positive and ordered");
            }
        }
    }

    public CardNumber {
        if (value == null || !value.chars().allMatch(c -> c >= '0' && c <= '9') || value.isEmpty()) {
            throw Rejection.onField("cardNumber", Reason.CARD_NUMBER_INVALID);
        }
    }

    public static CardNumber parse(String raw, Format format) {
        if (raw == null || raw.length() > 64) {
            throw Rejection.onField("cardNumber", Reason.CARD_NUMBER_INVALID);
        }
        String digits =
                Normalizer.normalize(raw, Normalizer.Form.NFKC).replace(" ", "").replace("-", "");
        if (digits.length() < format.minLength() || digits.length() > format.maxLength()) {
            throw Rejection.onField("cardNumber", Reason.CARD_NUMBER_INVALID);
        }
        return new CardNumber(digits);
    }

    /** Whether the last digit is the Luhn (mod 10) check digit of the others, as on every card the operator issues. */
    public boolean hasValidCheckDigit() {
        int sum = 0;
        for (int i = 0; i < value.length(); i++) {
            int digit = value.charAt(value.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return value.length() > 1 && sum % 10 == 0;
    }

    /** The last four digits only (all of them when shorter), for SMS texts and letters. */
    public String lastFour() {
        return value.substring(Math.max(0, value.length() - 4));
    }
}
