package com.crossborder.verification.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.crossborder.verification.shared.model.Reason;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void readersInHongKongMacaoAndTaiwanGetTraditionalChinese() {
        for (String header : new String[] {"zh-Hant,zh-HK;q=0.9,zh-TW;q=0.8", "zh-HK", "zh-TW,en;q=0.5", "zh-MO"}) {
            Locale locale = Languages.preferred(header);
            assertEquals(
                    Reason.PHOTO_NO_FACE.message(Locale.forLanguageTag("zh-Hant")),
                    Reason.PHOTO_NO_FACE.message(locale),
                    header);
        }
        assertEquals(
                Reason.PHOTO_NO_FACE.message(Locale.forLanguageTag("zh-Hant")),
                Reason.PHOTO_NO_FACE.message(Languages.preferred("zh-Hant")));
    }

    @Test
    void everyoneElseGetsSimplifiedChineseUnlessTheyPreferEnglish() {
        assertEquals(Languages.CHINESE, Languages.preferred("zh-CN,zh;q=0.9"));
        assertEquals(Languages.CHINESE, Languages.preferred("zh"));
        assertEquals(Languages.CHINESE, Languages.preferred(null));
        assertEquals(Languages.CHINESE, Languages.preferred("fr"));
        assertEquals(Locale.ENGLISH, Languages.preferred("en-GB,zh;q=0.5"));
    }
}
