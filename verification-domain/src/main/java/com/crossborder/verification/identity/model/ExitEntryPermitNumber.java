package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.util.regex.Pattern;

/**
 * A 往来港澳通行证 (card type) number: {@code C} and eight digits, or {@code C}, a letter other than I and O,
 * and seven digits.
 */
public record ExitEntryPermitNumber(String normalized) implements DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("C(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})");

    /** Takes the canonical spelling only; {@link #parse} cleans up what a person typed. */
    public ExitEntryPermitNumber {
        if (normalized == null || !FORMAT.matcher(normalized).matches()) {
            throw Rejection.onField(FIELD, Reason.INVALID_FORMAT);
        }
    }

    public static ExitEntryPermitNumber parse(String raw) {
        return new ExitEntryPermitNumber(DocumentNumber.normalize(raw));
    }

    @Override
    public DocumentType type() {
        return DocumentType.CN_EEP_HKMO;
    }

    /** The first two and last two characters: {@code C1*****78}. */
    @Override
    public String masked() {
        return DocumentNumber.maskMiddle(normalized, 2);
    }

    @Override
    public String identityKey() {
        return normalized;
    }

    /** Masked: a number never reaches a log line whole. */
    @Override
    public String toString() {
        return masked();
    }
}
