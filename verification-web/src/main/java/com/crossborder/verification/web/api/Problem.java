package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection.FieldProblem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An error answer in the contract's application/problem+json shape: a stable {@code code} for programs,
 * {@code detail} and per-field {@code errors} for people, in simplified Chinese unless traditional Chinese or English
 * is asked for.
 */
public record Problem(int status, Reason code, List<FieldProblem> errors, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Titles in the order of {@link Language}: simplified Chinese, traditional Chinese, English. */
    private static final Map<Integer, String[]> TITLES = Map.ofEntries(
            Map.entry(400, new String[] {"请求格式错误", "請求格式錯誤", "Malformed request"}),
            Map.entry(401, new String[] {"未认证", "未認證", "Not authenticated"}),
            Map.entry(403, new String[] {"无权操作", "無權操作", "Forbidden"}),
            Map.entry(404, new String[] {"未找到", "找不到", "Not found"}),
            Map.entry(405, new String[] {"不支持该请求方法", "不支援該請求方法", "Method not allowed"}),
            Map.entry(406, new String[] {"无法提供所需格式", "無法提供所需格式", "Not acceptable"}),
            Map.entry(409, new String[] {"状态冲突", "狀態衝突", "Conflict"}),
            Map.entry(413, new String[] {"内容过大", "內容過大", "Payload too large"}),
            Map.entry(415, new String[] {"不支持的内容类型", "不支援的內容類型", "Unsupported media type"}),
            Map.entry(422, new String[] {"请求未通过校验", "請求未通過校驗", "Rule violated"}),
            Map.entry(429, new String[] {"请求过于频繁", "請求過於頻繁", "Too many requests"}),
            Map.entry(500, new String[] {"服务器内部错误", "伺服器內部錯誤", "Internal server error"}),
            Map.entry(503, new String[] {"服务暂不可用", "服務暫時無法使用", "Service unavailable"}));

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(int status, Reason code) {
        return new Problem(status, code, List.of(), null);
    }

    /** The JSON text of this problem for a reader who prefers {@code locale}. */
    public String toJson(Locale locale) {
        int language = Language.of(locale).orElse(Language.DEFAULT).ordinal();
        String[] title = TITLES.getOrDefault(status, new String[] {"请求失败", "請求失敗", "Request failed"});
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "urn:crossborder-verification:problem:" + code.name())
                .add("title", title[language])
                .add("status", status)
                .add("code", code.name())
                .add("detail", code.message(locale));
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(error -> list.add(Json.createObjectBuilder()
                    .add("field", error.field())
                    .add("code", error.code().name())
                    .add("message", error.code().message(locale))));
            json.add("errors", list);
        }
        if (errorId != null) {
            json.add("errorId", errorId);
        }
        return json.build().toString();
    }
}
