package com.crossborder.verification.account.model;

import java.time.Duration;

/**
 * The limits on one-time codes: how long a code lives, how many wrong tries void it, how soon a number may
 * ask again, how many codes a number gets a day, and how many codes one client address may ask for in an hour.
 */
public record SmsCodePolicy(
        Duration lifetime, int maxWrongTries, Duration resendCooldown, int perNumberPerDay, int perClientPerHour) {

    public static final SmsCodePolicy DEFAULT =
            new SmsCodePolicy(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 10, 30);

    public SmsCodePolicy {
        if (lifetime.isNegative()
                || lifetime.isZero()
                || maxWrongTries < 1
                || resendCooldown.isNegative()
                || perNumberPerDay < 1
                || perClientPerHour < 1) {
            throw new IllegalArgumentException("SMS code limits must be positive");
        }
    }
}
