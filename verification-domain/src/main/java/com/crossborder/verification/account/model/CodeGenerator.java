package com.crossborder.verification.account.model;

/** Where one-time codes come from: a secure random source in production, a fixed sequence in tests. */
public interface CodeGenerator {

    /** Six decimal digits, leading zeros kept. */
    String sixDigits();
}
