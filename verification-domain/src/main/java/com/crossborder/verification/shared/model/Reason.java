package com.crossborder.verification.shared.model;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every stable reason the system gives, one name each: why a document, a request or an application is refused,
 * and why an application was decided as it was. Clients switch on {@link #name()}; people read {@link #message},
 * whose texts live in the {@code Reason} resource bundles (simplified Chinese by default, English, and a bundle per
 * further language). How a reason travels over a protocol (HTTP status, problem type) is the adapter's business.
 */
public enum Reason {
    // identity documents
    DOCUMENT_NUMBER_REQUIRED,
    DOCUMENT_TYPE_UNKNOWN,
    INVALID_FORMAT,
    INVALID_REGION,
    INVALID_BIRTH_DATE,
    INVALID_CHECK_CHARACTER,
    INVALID_DATE,
    NAME_INVALID,
    BIRTH_DATE_IN_FUTURE,
    DOCUMENT_EXPIRED(Refusal.FINAL),
    VALIDITY_PERIOD_MISMATCH,
    LONG_TERM_NOT_ALLOWED,
    EXPIRY_DATE_CONFLICT,

    // phone numbers
    PHONE_INVALID,

    // requests
    MALFORMED_REQUEST,
    MALFORMED_JSON,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    UNSUPPORTED_MEDIA_TYPE,
    PAYLOAD_TOO_LARGE,
    JSON_BODY_TOO_LARGE,
    VALIDATION_FAILED,
    FIELD_REQUIRED,
    FIELD_OUT_OF_RANGE,
    FIELD_INVALID_FORMAT,
    FIELD_INVALID,
    INVALID_QUERY_PARAMETER,
    PAGE_OUT_OF_RANGE,
    CONCURRENT_UPDATE,
    UNAUTHORIZED,
    FORBIDDEN,
    INTERNAL_ERROR,
    SERVICE_UNAVAILABLE,

    // accounts
    INVALID_CREDENTIALS,
    USERNAME_INVALID,
    USERNAME_TAKEN,
    ROLE_NOT_STAFF,
    OUTLET_CODE_REQUIRED,
    PASSWORD_TOO_SHORT,
    PASSWORD_TOO_LONG,
    PASSWORD_TOO_WEAK,
    PASSWORD_INVALID_CHARACTER,
    PHONE_ALREADY_REGISTERED,
    ACCOUNT_NOT_FOUND,
    LOGIN_LOCKED,
    TOKEN_REVOKED,
    SMS_CODE_INVALID,
    SMS_CODE_EXPIRED,
    SMS_CODE_PURPOSE_INVALID,
    SMS_RATE_LIMITED,
    SMS_CLIENT_LIMIT,
    PASSWORD_CONTAINS_LOGIN,
    ACCOUNT_DISABLED,
    CURRENT_PASSWORD_WRONG,
    OWN_ACCOUNT_FORBIDDEN,
    TOO_MANY_REQUESTS,

    // cards and applications
    CARD_NUMBER_INVALID,
    CARD_UNAVAILABLE,
    CARD_NOT_FOUND,
    APPLICATION_NOT_FOUND,
    CALENDAR_INVALID,
    CARD_ALREADY_VERIFIED,
    CARD_VERIFIED_FOR_ANOTHER_IDENTITY(Refusal.FINAL),
    CARDS_PER_IDENTITY_LIMIT(Refusal.FINAL),
    NAME_CONFLICT(Refusal.FINAL),
    APPLICATION_STATE_CONFLICT,
    APPLICATION_ALREADY_OPEN,
    PHOTOS_MISSING,
    IDENTITY_MISSING,
    CONSENT_REQUIRED,
    REUPLOAD_LIMIT_REACHED(Refusal.RETRYABLE),
    DECISION_INVALID,
    DECISION_REASON_INVALID,
    ALREADY_CLAIMED,
    NOT_CLAIMED,

    // the card operator: registry, proof of possession, webhooks
    CARD_UNKNOWN,
    CARD_CHECK_FAILED,
    CARD_BLOCKED(Refusal.FINAL),
    CARD_CHECK_LOCKED,
    CARD_FILE_INVALID,
    WEBHOOK_NOT_FOUND,
    WEBHOOK_URL_INVALID,
    WEBHOOK_EVENT_UNKNOWN,
    WEBHOOK_DELIVERY_NOT_FOUND,
    // the holder's own account and customer service
    APPLICATION_ALREADY_DECIDED,
    CARD_CLAIM_FAILED,
    LANGUAGE_UNSUPPORTED,
    SUPPORT_REASON_REQUIRED,

    // outlets
    OUTLET_CODE_INVALID,
    OUTLET_CODE_TAKEN,
    OUTLET_NOT_FOUND,
    SCAN_NOT_FOUND,
    SCAN_NOT_A_DOCUMENT,
    SCAN_PDF_ENCRYPTED,
    SCAN_PDF_TOO_COMPLEX,
    SELF_PROCESSING_FORBIDDEN,
    ORIGINAL_NOT_SEEN(Refusal.RETRYABLE),
    MINOR_NEEDS_GUARDIAN(Refusal.RETRYABLE),
    MINOR_ONLINE_NOT_ALLOWED,
    AGENT_IS_HOLDER(Refusal.RETRYABLE),
    AGENT_DOCUMENT_EXPIRED(Refusal.RETRYABLE),
    POWER_OF_ATTORNEY_EXPIRED(Refusal.RETRYABLE),
    AGENT_DETAILS_REQUIRED,
    REFERRED_BY_STAFF,
    LETTER_NOT_FOUND,

    // photos
    PHOTO_NOT_AN_IMAGE,
    PHOTO_DAMAGED,
    PHOTO_TOO_LARGE,
    PHOTO_DIMENSIONS_TOO_LARGE,
    PHOTO_BIT_DEPTH_UNSUPPORTED,
    PHOTO_TOO_SMALL,
    PHOTO_TOO_DARK,
    PHOTO_TOO_BRIGHT,
    PHOTO_BLURRED,
    PHOTO_NO_FACE,
    PHOTO_MULTIPLE_FACES,
    PHOTO_FACE_TOO_SMALL,
    PHOTO_FACE_NOT_CENTRED,
    PHOTO_CHECKS_BUSY,

    // nightly jobs
    JOB_NOT_FOUND,
    JOB_EXECUTION_NOT_FOUND,
    JOB_ALREADY_RUNNING,
    JOB_NOT_RUNNING,
    JOB_NOT_RESTARTABLE,

    // refusals of an application, chosen by reviewers or found by screening
    PHOTO_UNCLEAR(Refusal.RETRYABLE),
    INFORMATION_MISMATCH(Refusal.RETRYABLE),
    FACE_MISMATCH(Refusal.FINAL),
    DOCUMENT_NOT_GENUINE(Refusal.FINAL),
    DUPLICATE_APPLICATION(Refusal.FINAL);

    /** Whether the reason can end an application, and whether the holder may then simply apply again. */
    public enum Refusal {
        /** Not a refusal of an application (a malformed request, a state conflict, …). */
        NONE,
        /** The holder can put it right and apply again (new photos, the original document, a guardian, …). */
        RETRYABLE,
        /** Applying again with the same document will not help. */
        FINAL
    }

    private static final String BUNDLE = "com.crossborder.verification.shared.model.Reason";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The refusals a reviewer may choose when rejecting an application, in the order a screen offers them. */
    private static final List<Reason> REVIEWER_CHOICES = List.of(
            PHOTO_UNCLEAR,
            INFORMATION_MISMATCH,
            FACE_MISMATCH,
            DOCUMENT_NOT_GENUINE,
            DOCUMENT_EXPIRED,
            NAME_CONFLICT,
            CARD_VERIFIED_FOR_ANOTHER_IDENTITY,
            CARDS_PER_IDENTITY_LIMIT,
            DUPLICATE_APPLICATION,
            REUPLOAD_LIMIT_REACHED);

    private final Refusal refusal;

    Reason() {
        this(Refusal.NONE);
    }

    Reason(Refusal refusal) {
        this.refusal = refusal;
    }

    /** The text for a person in the locale's language; simplified Chinese when there is no bundle for it. */
    public String message(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale == null ? Locale.ROOT : locale, Reason.class.getClassLoader(), NO_FALLBACK);
        try {
            return texts.getString(name());
        } catch (MissingResourceException untranslated) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, Reason.class.getClassLoader(), NO_FALLBACK)
                    .getString(name());
        }
    }

    /** Whether an application can be refused (or decided) for this reason. */
    public boolean refusesApplication() {
        return refusal != Refusal.NONE;
    }

    /** Whether the holder may put it right and apply again. */
    public boolean retryable() {
        return refusal == Refusal.RETRYABLE;
    }

    /** The refusals a reviewer may choose, in the order a screen offers them. */
    public static List<Reason> reviewerChoices() {
        return REVIEWER_CHOICES;
    }

    /** Whether a reviewer may reject with this reason. */
    public boolean chosenByReviewers() {
        return REVIEWER_CHOICES.contains(this);
    }
}
