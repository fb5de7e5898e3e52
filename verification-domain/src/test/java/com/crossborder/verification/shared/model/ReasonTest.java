package com.crossborder.verification.shared.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every reason has a text in each bundle, and readers of traditional Chinese get theirs where it exists. */
class ReasonTest {

    private static final String BUNDLE = "com.crossborder.verification.shared.model.Reason";
    private static final List<Reason> TRADITIONAL = List.of(
            Reason.PHOTO_NO_FACE,
            Reason.PHOTO_MULTIPLE_FACES,
            Reason.PHOTO_FACE_TOO_SMALL,
            Reason.PHOTO_FACE_NOT_CENTRED,
            Reason.PHOTO_TOO_BRIGHT,
            Reason.PHOTO_TOO_DARK,
            Reason.PHOTO_BIT_DEPTH_UNSUPPORTED,
            Reason.PHOTO_CHECKS_BUSY,
            Reason.SCAN_PDF_ENCRYPTED,
            Reason.SCAN_PDF_TOO_COMPLEX,
            Reason.MINOR_ONLINE_NOT_ALLOWED);

    @Test
    void everyReasonHasASimplifiedChineseAndAnEnglishText() {
        ResourceBundle chinese = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        for (Reason reason : Reason.values()) {
            try {
                assertFalse(chinese.getString(reason.name()).isBlank(), reason::name);
                assertFalse(english.getString(reason.name()).isBlank(), reason::name);
            } catch (MissingResourceException missing) {
                throw new AssertionError("no text for " + reason, missing);
            }
        }
    }

    @Test
    void hongKongTaiwanAndMacaoReadersGetTraditionalChineseForThePhotoAndMinorCodes() {
        for (String tag : List.of("zh-HK", "zh-TW", "zh-MO", "zh-Hant")) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Reason reason : TRADITIONAL) {
                String text = reason.message(locale);
                assertNotEquals(reason.message(Locale.SIMPLIFIED_CHINESE), text, tag + " " + reason);
                assertNotEquals(reason.message(Locale.ENGLISH), text, tag + " " + reason);
            }
        }
        assertTrue(Reason.PHOTO_NO_FACE.message(Locale.forLanguageTag("zh-HK")).contains("偵測"));
        assertTrue(Reason.PHOTO_NO_FACE.message(Locale.SIMPLIFIED_CHINESE).contains("检测"));
    }

    @Test
    void aCodeNotYetInTraditionalChineseFallsBackToSimplified() {
        assertEquals(
                Reason.CARD_NOT_FOUND.message(Locale.SIMPLIFIED_CHINESE),
                Reason.CARD_NOT_FOUND.message(Locale.forLanguageTag("zh-TW")));
    }

    @Test
    void theMinorsTextSendsThemToAnOutletWithAGuardian() {
        String text = Reason.MINOR_ONLINE_NOT_ALLOWED.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.contains("网点") && text.contains("监护人"), text);
        assertTrue(Reason.MINOR_ONLINE_NOT_ALLOWED.message(Locale.ENGLISH).contains("outlet"));
    }
}
