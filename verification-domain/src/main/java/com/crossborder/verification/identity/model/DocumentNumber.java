package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** A well-formed identity document number: it cannot exist unless its format and check character are right. */
public sealed interface DocumentNumber
        permits ResidentIdNumber, HongKongIdNumber, ExitEntryPermitNumber, HomeReturnPermitNumber {

    /** The field that number problems are reported on. */
    String FIELD = "documentNumber";

    /** Longest input looked at; anything longer is refused without further work. */
    int MAX_INPUT = 64;

    DocumentType type();

    /** The canonical spelling, e.g. {@code 11010519491231002X} or {@code A123456(3)}. */
    String normalized();

    /** For answers, logs and letters: most characters replaced by {@code *}. */
    String masked();

    /** What identifies the person across documents of this type; for 回乡证 its first nine characters. */
    String identityKey();

    /** Parses a number of the given type; {@code today} is the business date that birth dates may not pass. */
    static DocumentNumber parse(DocumentType type, String raw, LocalDate today) {
        return switch (type) {
            case CN_RESIDENT_ID -> ResidentIdNumber.parse(raw, today);
            case HK_ID -> HongKongIdNumber.parse(raw);
            case CN_EEP_HKMO -> ExitEntryPermitNumber.parse(raw);
            case HKMO_HOME_RETURN_PERMIT -> HomeReturnPermitNumber.parse(raw);
        };
    }

    /**
     * The common clean-up before any format check: NFKC (full-width letters and digits become ASCII),
     * blanks removed, upper case. Whatever is left that is not printable ASCII makes the number invalid,
     * so zero-width characters, direction marks and look-alike letters from other scripts never pass.
     */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw Rejection.onField(FIELD, Reason.DOCUMENT_NUMBER_REQUIRED);
        }
        if (raw.length() > MAX_INPUT) {
            throw Rejection.onField(FIELD, Reason.INVALID_FORMAT);
        }
        String folded =
                Normalizer.normalize(raw, Normalizer.Form.NFKC).replace(" ", "").toUpperCase(Locale.ROOT);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c <= ' ' || c > '~') {
                throw Rejection.onField(FIELD, Reason.INVALID_FORMAT);
            }
        }
        if (folded.isEmpty()) {
            throw Rejection.onField(FIELD, Reason.DOCUMENT_NUMBER_REQUIRED);
        }
        return folded;
    }

    /** Keeps the first and last {@code keep} characters and stars the rest. */
    static String maskMiddle(String value, int keep) {
        return value.substring(0, keep)
                + "*".repeat(value.length() - 2 * keep)
                + value.substring(value.length() - keep);
    }
}
