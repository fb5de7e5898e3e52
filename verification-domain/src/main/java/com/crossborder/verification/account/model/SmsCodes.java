package com.crossborder.verification.account.model;

import java.time.Instant;
import java.util.Optional;

/** One-time codes and the counters that limit them. */
public interface SmsCodes {

    void add(SmsCode code);

    /** The newest code for the number and purpose, locked until the transaction ends (one use at a time). */
    Optional<SmsCode> newestLocked(String phoneIndex, SmsCodePurpose purpose);

    /** How many codes one client address asked for since {@code since}. */
    long countFromClientSince(String clientKey, Instant since);

    /** The number's send counter, created if new, locked until the transaction ends. */
    PhoneThrottle phoneThrottleLocked(String phoneIndex);
}
