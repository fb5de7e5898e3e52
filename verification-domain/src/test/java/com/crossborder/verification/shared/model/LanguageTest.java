package com.crossborder.verification.shared.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which language a header or a stored tag names. */
class LanguageTest {

    @Test
    void hongKongMacaoTaiwanAndHantReadTraditionalChinese() {
        for (String header : new String[] {"zh-HK", "zh-MO", "zh-TW", "zh-Hant", "zh-Hant-HK", "zh-hk,en;q=0.5"}) {
            assertEquals(Optional.of(Language.ZH_HANT), Language.fromAcceptLanguage(header), header);
        }
    }

    @Test
    void mainlandChineseAndPlainZhReadSimplifiedChinese() {
        for (String header : new String[] {"zh", "zh-CN", "zh-Hans", "zh-Hans-HK", "zh-SG"}) {
            assertEquals(Optional.of(Language.ZH_HANS), Language.fromAcceptLanguage(header), header);
        }
    }

    @Test
    void theFirstLanguageWeSpeakByWeightWins() {
        assertEquals(Optional.of(Language.EN), Language.fromAcceptLanguage("fr-FR, en-GB;q=0.8, zh-HK;q=0.5"));
        assertEquals(Optional.of(Language.ZH_HANT), Language.fromAcceptLanguage("en;q=0.4, zh-MO;q=0.9"));
    }

    @Test
    void noHeaderAMalformedOneOrOnlyForeignLanguagesNameNone() {
        assertTrue(Language.fromAcceptLanguage(null).isEmpty());
        assertTrue(Language.fromAcceptLanguage("").isEmpty());
        assertTrue(Language.fromAcceptLanguage("fr, de").isEmpty());
        assertTrue(Language.fromAcceptLanguage(";;;q=").isEmpty());
        assertTrue(Language.fromAcceptLanguage("*").isEmpty());
    }

    @Test
    void storedTagsReadBack() {
        for (Language language : Language.values()) {
            assertEquals(Optional.of(language), Language.ofTag(language.tag()));
            assertEquals(Optional.of(language), Language.of(language.locale()));
        }
        assertTrue(Language.ofTag("klingon-x").isEmpty());
    }
}
