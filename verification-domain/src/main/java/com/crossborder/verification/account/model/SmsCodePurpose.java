package com.crossborder.verification.account.model;

/** What a one-time SMS code proves. */
public enum SmsCodePurpose {
    REGISTER,
    RESET_PASSWORD
}
