package com.crossborder.verification.account.model;

/** What a one-time SMS code proves. */
public enum SmsCodePurpose {
    REGISTER,
    RESET_PASSWORD,
    /** Taking a card verified at a counter into an account; kept under the card's claim key, not a phone's. */
    CARD_CLAIM
}
