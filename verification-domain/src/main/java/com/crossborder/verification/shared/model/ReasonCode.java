package com.crossborder.verification.shared.model;

import java.util.Locale;

/**
 * Every stable reason code the domain can give, with the text a person reads (zh-Hans by default, English on request).
 * This enum is the one place those texts live; the API copies {@link #name()} into problem+json {@code code}.
 */
public enum ReasonCode {
    // --- identity documents ---
    DOCUMENT_NUMBER_REQUIRED("请填写证件号码。", "The document number is required."),
    DOCUMENT_TYPE_UNKNOWN("证件类型须为 CN_RESIDENT_ID、CN_EEP_HKMO、HKMO_HOME_RETURN_PERMIT 或 HK_ID。",
            "The document type must be CN_RESIDENT_ID, CN_EEP_HKMO, HKMO_HOME_RETURN_PERMIT or HK_ID."),
    INVALID_FORMAT("证件号码格式不正确，请对照证件逐位核对（只含字母和数字）。",
            "The document number has the wrong format; compare it with the document character by character."),
    INVALID_REGION("身份证号码前两位不是有效的省级行政区代码，请核对。",
            "The first two digits of the resident ID number are not a valid province code."),
    INVALID_BIRTH_DATE("身份证号码中的出生日期（第7至14位）不是有效日期，请核对。",
            "The birth date in the resident ID number (digits 7 to 14) is not a valid date."),
    INVALID_CHECK_CHARACTER("证件号码校验位不正确，可能有数字输错，请逐位核对。",
            "The check character does not match; a digit is probably mistyped."),
    INVALID_DATE("日期格式不正确，请使用 YYYY-MM-DD。", "The date is not valid; use YYYY-MM-DD."),
    NAME_INVALID("姓名须与证件一致，1 至 64 个字，不能包含数字或特殊符号。",
            "The name must match the document: 1 to 64 letters, no digits or special symbols."),
    BIRTH_DATE_IN_FUTURE("出生日期不能晚于今天。", "The birth date cannot be in the future."),
    DOCUMENT_EXPIRED("证件已过有效期，请使用有效证件。", "The document has expired; use a valid document."),
    VALIDITY_PERIOD_MISMATCH("证件的签发日期、有效期与出生日期不相符，请对照证件核对日期。",
            "The issue date, expiry date and birth date of the document do not fit together; check the dates."),
    LONG_TERM_NOT_ALLOWED("只有居民身份证可以是长期有效。", "Only a resident ID card can be valid long-term."),
    EXPIRY_DATE_CONFLICT("长期有效的证件不应填写截止日期。", "A long-term document has no expiry date."),

    // --- phone numbers ---
    PHONE_INVALID("手机号码无效：请填写中国内地（+86 1 开头 11 位）或香港（+852 8 位）手机号码。",
            "The phone number is invalid: use a mainland (+86, 11 digits starting with 1) or Hong Kong (+852, 8 digits) mobile number."),

    // --- requests (protocol level) ---
    MALFORMED_REQUEST("请求格式有误，请检查后重试。", "The request is malformed."),
    MALFORMED_JSON("请求内容不是有效的 JSON，或字段类型不正确。", "The body is not valid JSON, or a field has the wrong type."),
    NOT_FOUND("找不到请求的资源。", "The requested resource does not exist."),
    METHOD_NOT_ALLOWED("该地址不支持此请求方法。", "This method is not allowed on this resource."),
    NOT_ACCEPTABLE("无法以所要求的格式返回结果。", "The resource cannot be returned in the requested format."),
    UNSUPPORTED_MEDIA_TYPE("不支持该内容类型，请使用 application/json。", "Unsupported media type; send application/json."),
    PAYLOAD_TOO_LARGE("请求内容过大。", "The request body is too large."),
    VALIDATION_FAILED("请求中有字段未通过校验，请按提示修改。", "Some fields are invalid; see errors."),
    FIELD_REQUIRED("此项为必填项。", "This field is required."),
    FIELD_OUT_OF_RANGE("此项的长度或数值超出允许范围。", "This field's length or value is out of range."),
    FIELD_INVALID_FORMAT("此项格式不正确。", "This field has the wrong format."),
    FIELD_INVALID("此项的值无效。", "This field's value is invalid."),
    INVALID_QUERY_PARAMETER("查询参数无效。", "A query parameter is invalid."),
    UNAUTHORIZED("请先登录，或登录已过期。", "Log in first, or your session has expired."),
    FORBIDDEN("您无权进行此操作。", "You are not allowed to do this."),
    INTERNAL_ERROR("服务器出现意外错误，请稍后重试；如仍有问题，请提供错误编号联系客服。", "An unexpected error occurred; try again later, or contact support with the error id."),
    SERVICE_UNAVAILABLE("服务暂时不可用，请稍后重试。", "The service is temporarily unavailable; try again later."),

    // --- accounts ---
    INVALID_CREDENTIALS("账号或密码错误。", "Wrong username or password."),
    USERNAME_INVALID("用户名须为 3 至 32 位小写字母、数字、点、横线或下划线，并以字母开头。", "A username is 3 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter."),
    USERNAME_TAKEN("该用户名已被使用，请换一个。", "This username is taken; choose another."),
    ROLE_NOT_STAFF("角色须为 OUTLET_STAFF、REVIEWER 或 ADMIN。", "The role must be OUTLET_STAFF, REVIEWER or ADMIN."),
    OUTLET_CODE_REQUIRED("网点员工须指定所属网点编码。", "Outlet staff need the code of their outlet."),
    PASSWORD_TOO_SHORT("密码至少需要 8 个字符。", "The password needs at least 8 characters."),
    PASSWORD_TOO_LONG("密码最多 64 个字符。", "The password may have at most 64 characters."),
    PASSWORD_TOO_WEAK("密码须同时包含字母和数字。", "The password needs both letters and digits."),
    PASSWORD_INVALID_CHARACTER("密码中含有不可用的控制字符。", "The password contains control characters."),
    PHONE_ALREADY_REGISTERED("该手机号已注册，请直接登录；如忘记密码，请使用“忘记密码”。",
            "This phone number is already registered; log in, or reset the password."),
    ACCOUNT_NOT_FOUND("找不到该账号。", "There is no such account."),
    LOGIN_LOCKED("密码错误次数过多，账号已暂时锁定，请稍后再试或重置密码。",
            "Too many wrong passwords; the login is locked for a while. Try later or reset the password."),
    TOKEN_REVOKED("登录已失效（密码已更改），请重新登录。", "This login is no longer valid (the password changed); log in again."),
    SMS_CODE_INVALID("验证码不正确，请核对短信中的 6 位数字。", "The code is wrong; check the six digits in the SMS."),
    SMS_CODE_EXPIRED("验证码已失效（已过期、已使用或错误次数过多），请重新获取。",
            "The code is no longer valid (expired, used or tried too often); ask for a new one."),
    SMS_CODE_PURPOSE_INVALID("验证码用途须为 REGISTER 或 RESET_PASSWORD。", "The purpose must be REGISTER or RESET_PASSWORD."),
    SMS_RATE_LIMITED("验证码发送过于频繁，请稍后再试。", "Codes were asked for too often; try again later."),
    SMS_CLIENT_LIMIT("当前网络请求验证码过于频繁，请稍后再试。", "Too many codes were asked for from this network; try again later."),
    PASSWORD_CONTAINS_LOGIN("密码不能包含用户名或手机号。", "The password must not contain the username or phone number."),

    // --- cards and applications ---
    CARD_NUMBER_INVALID("卡号须为 10 至 20 位数字，请对照卡面核对。", "A card number is 10 to 20 digits; compare it with the card."),
    CARD_UNAVAILABLE("该卡无法绑定到您的账号；如卡片确属本人，请携卡到服务网点办理。",
            "This card cannot be added to your account; if it is yours, bring it to a service outlet."),
    CARD_NOT_FOUND("找不到该卡。", "There is no such card."),
    APPLICATION_NOT_FOUND("找不到该申请。", "There is no such application."),
    CALENDAR_INVALID("节假日与调休工作日须在所设年份内，且同一天不能同时是两者。",
            "Holidays and working days must lie in the year set, and no day can be both."),
    CARD_ALREADY_VERIFIED("该卡已完成实名认证。", "This card is already verified."),
    CARD_VERIFIED_FOR_ANOTHER_IDENTITY("该卡已登记在其他证件名下，不能用本证件认证。", "This card is verified for another identity document."),
    CARDS_PER_IDENTITY_LIMIT("同一证件名下已认证的卡数量已达上限。", "The number of verified cards for this identity has reached the limit."),
    NAME_CONFLICT("姓名与该证件此前登记的姓名不一致，请核对。", "The name differs from the one recorded earlier for this document."),
    APPLICATION_STATE_CONFLICT("申请当前状态不允许此操作。", "The application's current status does not allow this."),
    APPLICATION_ALREADY_OPEN("该卡已有进行中的认证申请。", "This card already has an open application."),
    PHOTOS_MISSING("请先上传证件正面、证件背面和本人照片。", "Upload the ID front, ID back and face photos first."),
    IDENTITY_MISSING("请先填写证件信息。", "Declare the identity document first."),
    CONSENT_REQUIRED("提交前须同意《个人敏感信息处理授权》。", "Consent to the processing of sensitive personal data is required."),
    REUPLOAD_LIMIT_REACHED("补传次数已用完，申请被驳回，请重新提交新的申请。", "No re-upload rounds are left; the application is rejected."),
    DECISION_INVALID("审核结论须为 APPROVE、REJECT 或 REQUEST_REUPLOAD。", "The decision must be APPROVE, REJECT or REQUEST_REUPLOAD."),
    DECISION_REASON_INVALID("请选择有效的驳回原因代码。", "Choose a valid rejection reason code."),
    ALREADY_CLAIMED("该申请正由其他审核员处理。", "Another reviewer is handling this application."),
    NOT_CLAIMED("请先认领该申请再进行审核。", "Claim the application before deciding it."),

    REASON_PHOTO_UNCLEAR("照片不清晰或不完整，请按要求重新拍摄上传。", "A photo is unclear or incomplete; take it again as asked."),
    REASON_INFORMATION_MISMATCH("填写的信息与证件照片不一致，请核对后重新申请。", "The details do not match the document photos; check them and apply again."),
    REASON_FACE_MISMATCH("本人照片与证件照片不符。", "The face photo does not match the document."),
    REASON_DOCUMENT_NOT_GENUINE("证件无法核验为真实有效。", "The document could not be verified as genuine."),

    // --- outlets ---
    OUTLET_CODE_INVALID("网点编码须为 2 至 32 位大写字母、数字或横线。", "An outlet code is 2 to 32 upper-case letters, digits or dashes."),
    OUTLET_CODE_TAKEN("该网点编码已存在。", "This outlet code exists already."),
    OUTLET_NOT_FOUND("找不到该网点。", "There is no such outlet."),
    SCAN_NOT_FOUND("找不到该扫描件，请先在本网点上传。", "There is no such scan at this outlet; upload it first."),
    SCAN_NOT_A_DOCUMENT("扫描件须为 JPG、PNG 图片或完整的 PDF 文件。", "A scan must be a JPEG or PNG image or a complete PDF."),
    SELF_PROCESSING_FORBIDDEN("工作人员不得为本人办理实名认证，请由其他工作人员办理。",
            "Staff may not process their own identity; ask a colleague."),
    ORIGINAL_NOT_SEEN("未核验证件原件，不能通过认证。", "The original document was not seen; it cannot be approved."),
    FACE_NOT_MATCHED("现场人像比对未通过（人证不一致）。", "The on-site face comparison failed."),
    MINOR_NEEDS_GUARDIAN("未满 18 周岁的持卡人须由父母或监护人代为办理。", "A holder under 18 must be represented by a parent or guardian."),
    AGENT_IS_HOLDER("代办人不能是持卡人本人。", "The agent cannot be the holder."),
    AGENT_DOCUMENT_EXPIRED("代办人证件已过期。", "The agent's document has expired."),
    POWER_OF_ATTORNEY_EXPIRED("授权委托书已过有效期。", "The power of attorney has expired."),
    AGENT_DETAILS_REQUIRED("代办须提供代办人证件、与持卡人关系及授权委托书。",
            "An agent needs their document, the relationship and a power of attorney."),
    REFERRED_BY_STAFF("网点工作人员已转交后台审核。", "Outlet staff referred the case to the back office."),
    LETTER_NOT_FOUND("找不到该确认函编号，请核对。", "There is no letter with this reference."),

    // --- photos ---
    PHOTO_NOT_AN_IMAGE("上传的文件不是照片，请上传 JPG 或 PNG 格式的照片。", "The file is not a photo; upload a JPEG or PNG."),
    PHOTO_DAMAGED("照片文件不完整或已损坏，请重新拍摄后上传。", "The photo file is incomplete or damaged; take it again."),
    PHOTO_TOO_LARGE("照片文件超过 5 MB，请压缩或降低分辨率后上传。", "The photo is larger than 5 MB; compress it or lower the resolution."),
    PHOTO_DIMENSIONS_TOO_LARGE("照片尺寸过大，请使用手机相机正常拍摄的照片。", "The photo's dimensions are too large; use an ordinary camera photo."),
    PHOTO_TOO_SMALL("照片分辨率过低（至少 640×480），请靠近并重新拍摄。", "The photo's resolution is too low (at least 640×480); take it closer."),
    PHOTO_TOO_DARK("照片太暗，请在光线充足处重新拍摄。", "The photo is too dark; take it again in good light."),
    PHOTO_TOO_BRIGHT("照片过亮或反光，请避开强光直射后重新拍摄。", "The photo is too bright or reflective; avoid direct light and take it again."),
    PHOTO_BLURRED("照片模糊，请保持手机稳定、对焦清晰后重新拍摄。", "The photo is blurred; hold the phone steady and focus."),
    PHOTO_NO_FACE("照片中未检测到人脸，请正对镜头、露出五官后重新拍摄。", "No face was found; face the camera with your face uncovered."),
    PHOTO_MULTIPLE_FACES("照片中有多张人脸，请确保只有本人入镜。", "More than one face was found; make sure only you are in the photo."),

    // --- nightly jobs ---
    JOB_NOT_FOUND("没有这个批处理作业。", "There is no such batch job."),
    JOB_EXECUTION_NOT_FOUND("找不到该作业执行记录。", "There is no such job execution."),
    JOB_ALREADY_RUNNING("该作业正在运行，请等待其结束。", "This job is already running; wait for it to finish."),
    JOB_NOT_RUNNING("该作业执行未在运行，无法停止。", "This job execution is not running."),
    JOB_NOT_RESTARTABLE("该作业执行无法重启（已完成或不是最近一次执行）。", "This job execution cannot be restarted (completed, or not the latest)."),
    ;

    private final String chinese;
    private final String english;

    ReasonCode(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The text for a person, in English when the locale's language is English, otherwise in simplified Chinese. */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : chinese;
    }
}
