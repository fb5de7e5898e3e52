package com.crossborder.verification.application.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsentTextTest {

    @Test
    void theSameVersionIsReadInEveryLanguageWithItsOwnWords() {
        ConsentText simplified = ConsentText.current(Locale.SIMPLIFIED_CHINESE);
        ConsentText traditional = ConsentText.current(Locale.forLanguageTag("zh-HK"));
        ConsentText english = ConsentText.current(Locale.ENGLISH);
        for (ConsentText text : List.of(traditional, english)) {
            assertEquals(simplified.version(), text.version());
        }
        assertTrue(simplified.text().contains("敏感个人信息"), simplified.text());
        assertTrue(traditional.text().contains("敏感個人資料"), traditional.text());
        assertTrue(english.title().startsWith("Consent"), english.title());
        assertEquals(simplified, ConsentText.current(Locale.GERMAN), "other languages read the Chinese text");
    }
}
