package com.crossborder.verification.notification.model;

import com.crossborder.verification.shared.model.Language;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every SMS text we send, in one place: simplified Chinese here, the other languages in the {@code SmsTemplate}
 * bundles beside this class ({@code SmsTemplate_zh_Hant.properties}, {@code SmsTemplate_en.properties}; a template a
 * bundle lacks is sent in simplified Chinese). Placeholders are {@code {name}}; the signature comes first, as carriers
 * require.
 */
public enum SmsTemplate {
    REGISTER_CODE("【中港通】您的注册验证码为{code}，{minutes}分钟内有效。请勿将验证码告诉他人。"),
    RESET_PASSWORD_CODE("【中港通】您正在重置登录密码，验证码为{code}，{minutes}分钟内有效。如非本人操作，请忽略本短信。"),
    ALREADY_REGISTERED("【中港通】有人尝试用本手机号注册账号，但该号码已注册。如需找回密码，请在登录页选择“忘记密码”。"),
    ACCOUNT_LOCKED("【中港通】您的账号因多次密码错误已被暂时锁定，{minutes}分钟后可再次登录。如非本人操作，请尽快重置密码。"),
    PASSWORD_CHANGED("【中港通】您的登录密码已重置。如非本人操作，请立即联系客服。"),
    APPLICATION_APPROVED("【中港通】您尾号{card}的中港通卡已通过实名认证，现在可以正常使用。"),
    APPLICATION_REJECTED("【中港通】很抱歉，您尾号{card}的中港通卡实名认证未通过：{reason}"),
    APPLICATION_REFERRED("【中港通】您尾号{card}的中港通卡实名认证已转交后台审核，结果将在3个工作日内以短信通知。{reason}"),
    REVERIFICATION_REQUIRED("【中港通】您尾号{card}的中港通卡所登记的证件已过期，请重新办理实名认证后继续使用。"),
    EXPIRY_WARNING("【中港通】您尾号{card}的中港通卡所登记的证件将于{date}到期，请在到期前更新证件并重新办理实名认证。"),
    APPLICATIONS_ESCALATED("【中港通】运营提醒：{count}个实名认证申请已超过审核时限，请尽快安排处理。"),
    REUPLOAD_REQUESTED("【中港通】您尾号{card}的实名认证需要补传照片（{photos}），请登录App按提示重新上传并提交。"),
    APPLICATION_EXPIRED("【中港通】您尾号{card}的中港通卡实名认证申请已{days}天未完成，现已失效，所上传的照片已删除。如需认证，请重新申请。"),
    CARD_CLAIM_CODE("【中港通】您正在将尾号{card}的中港通卡加入App账号，验证码为{code}，{minutes}分钟内有效。如非本人操作，请忽略本短信。");

    private static final String BUNDLE = "com.crossborder.verification.notification.model.SmsTemplate";
    private static final ResourceBundle.Control OWN_FILE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final String text;

    SmsTemplate(String text) {
        this.text = text;
    }

    /** The simplified Chinese text with every placeholder filled; a missing value is a programming error. */
    public String render(Map<String, String> values) {
        return fill(text, values);
    }

    /** The text in the reader's language with every placeholder filled. */
    public String render(Language language, Map<String, String> values) {
        return fill(text(language), values);
    }

    /** The unfilled text in a language: its bundle's, or the simplified Chinese one. */
    public String text(Language language) {
        if (language == Language.DEFAULT) {
            return text;
        }
        try {
            ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale(), OWN_FILE_ONLY);
            return texts.keySet().contains(name()) ? texts.getString(name()) : text;
        } catch (MissingResourceException noBundle) {
            return text;
        }
    }

    private String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in " + name());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }
}
