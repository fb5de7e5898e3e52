package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.util.regex.Pattern;

/**
 * A 回乡证 number: {@code H} (Hong Kong) or {@code M} (Macao) and eight digits, on older cards followed by two
 * digits counting replacements. The first nine characters identify the holder for life.
 */
public final class HomeReturnPermitNumber implements DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("[HM][0-9]{8}(?:[0-9]{2})?");

    private final String number;

    private HomeReturnPermitNumber(String number) {
        this.number = number;
    }

    public static HomeReturnPermitNumber parse(String raw) {
        String number = DocumentNumber.normalize(raw);
        if (!FORMAT.matcher(number).matches()) {
            throw Rejection.onField(FIELD, Reason.INVALID_FORMAT);
        }
        return new HomeReturnPermitNumber(number);
    }

    @Override
    public DocumentType type() {
        return DocumentType.HKMO_HOME_RETURN_PERMIT;
    }

    @Override
    public String normalized() {
        return number;
    }

    /** The first two and last two characters: {@code H1*****78}. */
    @Override
    public String masked() {
        return DocumentNumber.maskMiddle(number, 2);
    }

    /** The first nine characters: the same person keeps them across replacement cards. */
    @Override
    public String identityKey() {
        return number.substring(0, 9);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HomeReturnPermitNumber that && that.number.equals(number);
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
