package com.crossborder.verification.identity.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The identity documents a card can be bound to. */
public enum DocumentType {
    /** 居民身份证: mainland resident identity card. */
    CN_RESIDENT_ID,
    /** 往来港澳通行证: Exit-Entry Permit for travelling to and from Hong Kong and Macao (card type). */
    CN_EEP_HKMO,
    /** 回乡证: Mainland Travel Permit for Hong Kong and Macao residents. */
    HKMO_HOME_RETURN_PERMIT,
    /** Hong Kong identity card; no expiry is printed on it. */
    HK_ID;

    /** The type named by its API code, in any letter case. */
    public static Optional<DocumentType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.name().equals(wanted))
                .findFirst();
    }

    /** Whether the document carries an expiry date at all. */
    public boolean expires() {
        return this != HK_ID;
    }
}
