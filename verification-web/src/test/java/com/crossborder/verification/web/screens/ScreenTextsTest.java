package com.crossborder.verification.web.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The screens' dictionaries: every language has every text, with the same placeholders, and the words staff know. */
class ScreenTextsTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static JsonObject texts(String folder, String language) throws IOException {
        try (Reader file = Files.newBufferedReader(
                        WEBAPP.resolve(folder).resolve(language + ".json"), StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(file)) {
            return reader.readObject();
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"console/i18n", "shared/i18n", "app/i18n"})
    void everyLanguageHasEveryTextWithTheSamePlaceholders(String folder) throws IOException {
        JsonObject simplified = texts(folder, "zh-Hans");
        for (String language : List.of("zh-Hant", "en")) {
            JsonObject other = texts(folder, language);
            assertEquals(new TreeSet<>(simplified.keySet()), new TreeSet<>(other.keySet()), folder + " " + language);
            for (String key : simplified.keySet()) {
                String text = other.getString(key);
                assertTrue(!text.isBlank(), () -> key + " is empty in " + language);
                assertEquals(placeholders(simplified.getString(key)), placeholders(text), key + " in " + language);
            }
        }
    }

    @Test
    void theLabelsStaffWereToldAboutAreWordForWord() throws IOException {
        JsonObject console = texts("console/i18n", "zh-Hans");
        JsonObject shared = texts("shared/i18n", "zh-Hans");
        Map<String, String> expected = Map.ofEntries(
                Map.entry("signIn.username", "用户名"),
                Map.entry("signIn.password", "密码"),
                Map.entry("signIn.submit", "登录"),
                Map.entry("case.claim", "认领"),
                Map.entry("decision.APPROVE", "通过"),
                Map.entry("decision.REJECT", "驳回"),
                Map.entry("decision.REQUEST_REUPLOAD", "要求重新上传"),
                Map.entry("counter.name", "姓名"),
                Map.entry("counter.documentType", "证件类型"),
                Map.entry("counter.documentNumber", "证件号码"),
                Map.entry("counter.longTerm", "长期"),
                Map.entry("counter.cardNumber", "中港通卡号"),
                Map.entry("counter.contactPhone", "联系电话"),
                Map.entry("counter.originalSeen", "已核验证件原件"),
                Map.entry("counter.faceMatch", "人证比对一致"),
                Map.entry("counter.printLetter", "打印确认函"));
        expected.forEach((key, text) -> assertEquals(text, console.getString(key), key));
        assertEquals("证件正面", shared.getString("photo.ID_FRONT"));
        assertEquals("证件背面", shared.getString("photo.ID_BACK"));
        assertEquals("本人照片", shared.getString("photo.FACE"));
    }

    @Test
    void theApplicantsAppSpeaksTheWordsOfTheIssue() throws IOException {
        JsonObject app = texts("app/i18n", "zh-Hans");
        Map<String, String> expected = Map.ofEntries(
                Map.entry("account.phone", "手机号"),
                Map.entry("account.getCode", "获取验证码"),
                Map.entry("account.code", "验证码"),
                Map.entry("account.password", "密码"),
                Map.entry("register.submit", "注册"),
                Map.entry("signIn.submit", "登录"),
                Map.entry("signIn.toReset", "忘记密码"),
                Map.entry("cards.add", "添加卡片"),
                Map.entry("cards.checkCode", "卡片校验码"),
                Map.entry("submit.action", "提交"));
        expected.forEach((key, text) -> assertEquals(text, app.getString(key), key));
        assertTrue(texts("app/i18n", "zh-Hant").getString("account.phone").contains("手機"));
        assertEquals("Add card", texts("app/i18n", "en").getString("cards.add"));
    }
}
