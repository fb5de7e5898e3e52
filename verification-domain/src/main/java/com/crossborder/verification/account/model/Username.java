package com.crossborder.verification.account.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.util.Locale;
import java.util.regex.Pattern;

/** A staff login name: 3–32 characters of lower-case letters, digits, dot, dash or underscore, starting with a letter. */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

    public Username {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw Rejection.onField("username", Reason.USERNAME_INVALID);
        }
    }

    /** Accepts any case and surrounding blanks; names are compared in lower case. */
    public static Username parse(String raw) {
        if (raw == null || raw.length() > 64) {
            throw Rejection.onField("username", Reason.USERNAME_INVALID);
        }
        return new Username(raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
