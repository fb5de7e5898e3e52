package com.crossborder.verification.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which language to answer in: English when the client prefers it, traditional Chinese for zh-Hant, zh-HK, zh-TW and
 * zh-MO, otherwise simplified Chinese.
 */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Readers in Hong Kong, Macao and Taiwan, or who ask for the traditional script; texts missing there fall back. */
    public static final Locale TRADITIONAL_CHINESE = Locale.forLanguageTag("zh-Hant");

    private static final Set<String> TRADITIONAL_TAGS =
            Set.of("zh-hant", "zh-hk", "zh-tw", "zh-mo", "zh-hant-hk", "zh-hant-tw", "zh-hant-mo");
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
                return TRADITIONAL_TAGS.contains(range.getRange()) ? TRADITIONAL_CHINESE : CHINESE;
            }
        }
        return CHINESE;
    }
}
