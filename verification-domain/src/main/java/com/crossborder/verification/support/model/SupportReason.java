package com.crossborder.verification.support.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;

/**
 * Why customer service looks at a holder (a ticket number, "holder called about a lost code"): required for every
 * lookup, view and action, and written into its audit row. One line of at most {@link #MAX_LENGTH} characters.
 */
public record SupportReason(String text) {

    public static final int MAX_LENGTH = 200;

    public SupportReason {
        text = text == null ? "" : text.strip().replaceAll("[\\p{Cntrl}\\s]+", " ");
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw Rejection.onField("reason", Reason.SUPPORT_REASON_REQUIRED);
        }
    }

    /** The reason as typed; refused when missing, blank or too long. */
    public static SupportReason of(String raw) {
        return new SupportReason(raw);
    }
}
