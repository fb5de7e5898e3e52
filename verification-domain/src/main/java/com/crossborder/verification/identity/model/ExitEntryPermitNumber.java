package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.util.regex.Pattern;

/**
 * A 往来港澳通行证 (card type) number: {@code C} and eight digits, or {@code C}, a letter other than I and O,
 * and seven digits.
 */
public final class ExitEntryPermitNumber implements DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("C(?:[0-9]{8}|[A-HJ-NP-Z][0-9]{7})");

    private final String number;

    private ExitEntryPermitNumber(String number) {
        this.number = number;
    }

    public static ExitEntryPermitNumber parse(String raw) {
        String number = DocumentNumber.normalize(raw);
        if (!FORMAT.matcher(number).matches()) {
            throw Rejection.onField(FIELD, Reason.INVALID_FORMAT);
        }
        return new ExitEntryPermitNumber(number);
    }

    @Override
    public DocumentType type() {
        return DocumentType.CN_EEP_HKMO;
    }

    @Override
    public String normalized() {
        return number;
    }

    /** The first two and last two characters: {@code C1*****78}. */
    @Override
    public String masked() {
        return DocumentNumber.maskMiddle(number, 2);
    }

    @Override
    public String identityKey() {
        return number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExitEntryPermitNumber that && that.number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
