package com.crossborder.verification.application.model;

import com.crossborder.verification.shared.model.ReasonCode;

/**
 * Why an application was refused, for the applicant: retryable reasons invite a new application or new
 * photos, final ones do not. Texts live with the codes in {@link ReasonCode}.
 */
public enum DecisionReason {
    PHOTO_UNCLEAR(ReasonCode.REASON_PHOTO_UNCLEAR, true),
    INFORMATION_MISMATCH(ReasonCode.REASON_INFORMATION_MISMATCH, true),
    FACE_MISMATCH(ReasonCode.REASON_FACE_MISMATCH, false),
    DOCUMENT_NOT_GENUINE(ReasonCode.REASON_DOCUMENT_NOT_GENUINE, false),
    DOCUMENT_EXPIRED(ReasonCode.DOCUMENT_EXPIRED, false),
    NAME_CONFLICT(ReasonCode.NAME_CONFLICT, false),
    CARDS_PER_IDENTITY_LIMIT(ReasonCode.CARDS_PER_IDENTITY_LIMIT, false),
    CARD_VERIFIED_FOR_ANOTHER_IDENTITY(ReasonCode.CARD_VERIFIED_FOR_ANOTHER_IDENTITY, false),
    REUPLOAD_LIMIT_REACHED(ReasonCode.REUPLOAD_LIMIT_REACHED, true),
    DUPLICATE_APPLICATION(ReasonCode.APPLICATION_ALREADY_OPEN, false);

    private final ReasonCode code;
    private final boolean retryable;

    DecisionReason(ReasonCode code, boolean retryable) {
        this.code = code;
        this.retryable = retryable;
    }

    /** The decision reason a refusal code stands for; details that do not fit count as a mismatch of information. */
    public static DecisionReason forCode(ReasonCode code) {
        if (code == ReasonCode.FACE_NOT_MATCHED) {
            return FACE_MISMATCH;
        }
        for (DecisionReason reason : values()) {
            if (reason.code == code) {
                return reason;
            }
        }
        return INFORMATION_MISMATCH;
    }

    public ReasonCode code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
