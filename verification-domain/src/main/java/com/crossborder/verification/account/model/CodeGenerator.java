package com.crossborder.verification.account.model;

/** Where one-time codes come from: a secure random source in production, a fixed sequence in tests. */
public interface CodeGenerator {

    /** Six decimal digits, leading zeros kept. */
    String sixDigits();

    /** A password an administrator hands to a staff member after a reset: 16 characters, letters and digits. */
    String temporaryPassword();
}
