package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.util.regex.Pattern;

/**
 * A 回乡证 number: {@code H} (Hong Kong) or {@code M} (Macao) and eight digits, on older cards followed by two
 * digits counting replacements. The first nine characters identify the holder for life.
 */
public record HomeReturnPermitNumber(String normalized) implements DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("[HM][0-9]{8}(?:[0-9]{2})?");

    /** Takes the canonical spelling only; {@link #parse} cleans up what a person typed. */
    public HomeReturnPermitNumber {
        if (normalized == null || !FORMAT.matcher(normalized).matches()) {
            throw Rejection.onField(FIELD, Reason.INVALID_FORMAT);
        }
    }

    public static HomeReturnPermitNumber parse(String raw) {
        return new HomeReturnPermitNumber(DocumentNumber.normalize(raw));
    }

    @Override
    public DocumentType type() {
        return DocumentType.HKMO_HOME_RETURN_PERMIT;
    }

    /** The first two and last two characters: {@code H1*****78}. */
    @Override
    public String masked() {
        return DocumentNumber.maskMiddle(normalized, 2);
    }

    /** The first nine characters: the same person keeps them across replacement cards. */
    @Override
    public String identityKey() {
        return normalized.substring(0, 9);
    }

    /** Masked: a number never reaches a log line whole. */
    @Override
    public String toString() {
        return masked();
    }
}
