package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Language;
import java.util.Locale;

/**
 * Which language to answer in: the first of {@code Accept-Language} that we speak — {@code zh-HK}, {@code zh-MO},
 * {@code zh-TW} and {@code zh-Hant} read traditional Chinese, {@code en} English — otherwise simplified Chinese.
 */
public final class Languages {

    public static final Locale CHINESE = Language.DEFAULT.locale();

    private Languages() {}

    /** The locale of the header's first language we speak; simplified Chinese when it names none. */
    public static Locale preferred(String acceptLanguage) {
        return Language.fromAcceptLanguage(acceptLanguage)
                .orElse(Language.DEFAULT)
                .locale();
    }
}
