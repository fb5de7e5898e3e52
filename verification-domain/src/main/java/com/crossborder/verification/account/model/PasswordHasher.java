package com.crossborder.verification.account.model;

/** Turns passwords into slow salted hashes and checks them; the only place a password is handled. */
public interface PasswordHasher {

    /** A self-describing hash (algorithm, parameters, salt) of the password. */
    String hash(String password);

    /** Whether the password matches the hash, in time that does not depend on where they differ. */
    boolean matches(String password, String hash);

    /**
     * Spends the same time as {@link #matches} without a real hash, so that an unknown login
     * cannot be told from a wrong password by its answer time.
     */
    void matchAgainstNothing(String password);
}
