package com.crossborder.verification.card.model;

/** Why a line of the operator's card file is not applied. */
public enum LineProblem {
    /** Not three columns. */
    WRONG_COLUMN_COUNT,
    /** Not digits, or not of the configured length. */
    BAD_CARD_NUMBER,
    /** The card number's last digit is not its Luhn check digit. */
    BAD_CHECK_DIGIT,
    /** The check code is not 4 to 16 letters or digits. */
    BAD_CHECK_CODE,
    /** The status is not ACTIVE, LOST or BLOCKED. */
    UNKNOWN_STATUS,
    /** The card number appears on more than one line: none of them is applied. */
    DUPLICATE_IN_FILE
}
