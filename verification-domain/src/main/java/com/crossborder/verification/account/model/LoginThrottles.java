package com.crossborder.verification.account.model;

import java.time.Instant;
import java.util.Optional;

/** The login failure counters. */
public interface LoginThrottles {

    /**
     * The counter under {@code key}, created if new (an atomic insert-if-absent), locked until the transaction ends.
     * Callers lock a request's counters in the order PAIR, LOGIN, SOURCE, so that two requests never wait on each
     * other in a circle.
     */
    LoginThrottle locked(String key, LoginScope scope, String subjectKey);

    /** When the latest lock on one login (from any source, or everywhere) ends, if one holds at {@code now}. */
    Optional<Instant> lockedUntil(String loginKey, Instant now);

    /** Lifts the locks of one login from every source; returns how many counters were locked at {@code now}. */
    int unlockLogin(String loginKey, Instant now);
}
