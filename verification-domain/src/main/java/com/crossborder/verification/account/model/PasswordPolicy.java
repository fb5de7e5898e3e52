package com.crossborder.verification.account.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;

/**
 * What a new password must be: 8–64 characters, at least one letter and one digit,
 * and not the account's own login name (or phone number).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {}

    /** Refuses a password that breaks the policy; {@code login} is the username or the phone digits. */
    public static void check(String password, String login) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw Rejection.onField("password", Reason.PASSWORD_TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw Rejection.onField("password", Reason.PASSWORD_TOO_LONG);
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(c -> c >= '0' && c <= '9');
        if (!letter || !digit) {
            throw Rejection.onField("password", Reason.PASSWORD_TOO_WEAK);
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw Rejection.onField("password", Reason.PASSWORD_INVALID_CHARACTER);
        }
        if (login != null && !login.isEmpty() && password.toLowerCase().contains(login.toLowerCase())) {
            throw Rejection.onField("password", Reason.PASSWORD_CONTAINS_LOGIN);
        }
    }
}
