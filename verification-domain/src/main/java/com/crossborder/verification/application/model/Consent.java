package com.crossborder.verification.application.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Instant;

/** The applicant's explicit consent to the processing of sensitive personal data: which text, when, from where. */
public record Consent(String version, Instant givenAt, String clientAddress) {

    public Consent {
        if (version == null || version.isBlank() || version.length() > 32 || givenAt == null) {
            throw Rejection.onField("consent", Reason.CONSENT_REQUIRED);
        }
        clientAddress = clientAddress == null ? "" : clientAddress;
    }

    /** Consent exists only when the applicant said yes. */
    public static Consent given(String version, Boolean accepted, Instant now, String clientAddress) {
        if (!Boolean.TRUE.equals(accepted)) {
            throw Rejection.onField("consent", Reason.CONSENT_REQUIRED);
        }
        return new Consent(version, now, clientAddress);
    }
}
