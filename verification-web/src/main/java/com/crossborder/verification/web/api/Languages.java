package com.crossborder.verification.web.api;

import java.util.List;
import java.util.Locale;

/** Which language to answer in: English when the client prefers it, otherwise simplified Chinese. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final int MAX_HEADER = 256;

    private Languages() {}

    /**
     * The first language of an {@code Accept-Language} header (by weight) that we speak; Chinese when the
     * header is absent, malformed or names neither.
     */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER) {
            return CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0];
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(language)) {
                return CHINESE;
            }
        }
        return CHINESE;
    }
}
