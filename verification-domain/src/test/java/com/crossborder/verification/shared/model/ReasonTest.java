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

    private static final ResourceBundle.Control OWN_FILE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void everyReasonHasASimplifiedChineseATraditionalChineseAndAnEnglishTextOfItsOwn() {
        ResourceBundle chinese = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        // without the parent chain: a code missing from the traditional file must not pass on the simplified text
        ResourceBundle traditional = ResourceBundle.getBundle(BUNDLE, Language.ZH_HANT.locale(), OWN_FILE_ONLY);
        for (Reason reason : Reason.values()) {
            try {
                assertFalse(chinese.getString(reason.name()).isBlank(), reason::name);
                assertFalse(english.getString(reason.name()).isBlank(), reason::name);
                assertTrue(traditional.keySet().contains(reason.name()), () -> "no traditional text for " + reason);
                assertFalse(traditional.getString(reason.name()).isBlank(), reason::name);
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
    void traditionalTextsAreWrittenForHongKongReadersNotConvertedCharacterByCharacter() {
        Locale hongKong = Locale.forLanguageTag("zh-HK");
        assertEquals("驗證碼不正確，請核對短訊中的 6 位數字。", Reason.SMS_CODE_INVALID.message(hongKong));
        assertTrue(Reason.INVALID_CREDENTIALS.message(hongKong).contains("帳戶"));
        assertTrue(Reason.ORIGINAL_NOT_SEEN.message(hongKong).contains("正本"));
        for (Reason reason : Reason.values()) {
            String text = reason.message(hongKong);
            for (String simplifiedOnly : List.of("证", "请", "验", "码", "账", "审")) {
                assertFalse(text.contains(simplifiedOnly), () -> reason + ": " + text);
            }
        }
    }

    @Test
    void aLanguageWeDoNotSpeakReadsSimplifiedChinese() {
        assertEquals(
                Reason.CARD_NOT_FOUND.message(Locale.SIMPLIFIED_CHINESE),
                Reason.CARD_NOT_FOUND.message(Locale.forLanguageTag("fr")));
    }

    @Test
    void theMinorsTextSendsThemToAnOutletWithAGuardian() {
        String text = Reason.MINOR_ONLINE_NOT_ALLOWED.message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(text.contains("网点") && text.contains("监护人"), text);
        assertTrue(Reason.MINOR_ONLINE_NOT_ALLOWED.message(Locale.ENGLISH).contains("outlet"));
    }
}
