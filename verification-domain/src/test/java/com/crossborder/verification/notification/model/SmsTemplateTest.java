package com.crossborder.verification.notification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Language;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every SMS exists in each language with the same placeholders, and traditional Chinese reads as in Hong Kong. */
class SmsTemplateTest {

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{([a-z]+)}").matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void everyTemplateHasItsOwnTextInEveryLanguageWithTheSamePlaceholders() {
        for (SmsTemplate template : SmsTemplate.values()) {
            String simplified = template.text(Language.ZH_HANS);
            for (Language language : Language.values()) {
                String text = template.text(language);
                assertEquals(placeholders(simplified), placeholders(text), template + " " + language);
                if (language != Language.ZH_HANS) {
                    assertNotEquals(simplified, text, () -> template + " has no " + language + " text");
                }
            }
        }
    }

    @Test
    void aHongKongHolderReadsTheCodeInTraditionalChinese() {
        String text = SmsTemplate.CARD_CLAIM_CODE.render(
                Language.ZH_HANT, Map.of("card", "9012", "code", "123456", "minutes", "5"));
        assertEquals("【中港通】您正在把尾號9012的中港通卡加入App帳戶，驗證碼為123456，5分鐘內有效。如非本人操作，請忽略此短訊。", text);
        assertTrue(SmsTemplate.REGISTER_CODE
                .render(Language.EN, Map.of("code", "123456", "minutes", "5"))
                .contains("123456"));
    }
}
