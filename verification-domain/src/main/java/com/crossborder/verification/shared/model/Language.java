package com.crossborder.verification.shared.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language holders and staff read: simplified Chinese (the default, mainland usage), traditional Chinese (Hong Kong
 * and Macao usage) or English. Texts come from the resource bundles of each message family.
 */
public enum Language {
    ZH_HANS("zh-Hans"),
    ZH_HANT("zh-Hant"),
    EN("en");

    /** The language when nobody chose one. */
    public static final Language DEFAULT = ZH_HANS;

    private static final int MAX_HEADER = 256;
    /** Regions whose Chinese is written in traditional characters. */
    private static final List<String> TRADITIONAL_REGIONS = List.of("HK", "MO", "TW");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as the API shows and accepts it. */
    public String tag() {
        return tag;
    }

    /** The locale that finds this language's resource bundle ({@code _zh_Hant} for traditional Chinese). */
    public Locale locale() {
        return switch (this) {
            case ZH_HANS -> Locale.SIMPLIFIED_CHINESE;
            case ZH_HANT ->
                new Locale.Builder().setLanguage("zh").setScript("Hant").build();
            case EN -> Locale.ENGLISH;
        };
    }

    /**
     * The language a tag names, if we speak it: {@code zh-Hant}, {@code zh-HK}, {@code zh-MO} and {@code zh-TW} are
     * traditional Chinese; {@code zh}, {@code zh-Hans}, {@code zh-CN} and {@code zh-SG} simplified; {@code en-*} English.
     */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
        return of(locale);
    }

    /** The language of a locale, if we speak it. */
    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        if ("en".equals(locale.getLanguage())) {
            return Optional.of(EN);
        }
        if (!"zh".equals(locale.getLanguage())) {
            return Optional.empty();
        }
        if ("Hant".equals(locale.getScript())) {
            return Optional.of(ZH_HANT);
        }
        if ("Hans".equals(locale.getScript())) {
            return Optional.of(ZH_HANS);
        }
        return Optional.of(TRADITIONAL_REGIONS.contains(locale.getCountry()) ? ZH_HANT : ZH_HANS);
    }

    /**
     * The first language of an {@code Accept-Language} header (by weight) that we speak; empty when the header is
     * absent, malformed or names none of ours.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0 || range.getRange().startsWith("*")) {
                continue;
            }
            Optional<Language> language = ofTag(range.getRange());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
