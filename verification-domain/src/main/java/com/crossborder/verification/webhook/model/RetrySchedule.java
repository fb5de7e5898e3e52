package com.crossborder.verification.webhook.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code firstWait} after the first failure, doubling each time up to
 * {@code maxWait}; given up once {@code giveUpAfter} has passed since the delivery round began (24 hours at least in
 * production, so a receiver down for an hour, or a night, loses nothing).
 */
public record RetrySchedule(Duration firstWait, Duration maxWait, Duration giveUpAfter) {

    public static final RetrySchedule DEFAULT =
            new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(25));

    public RetrySchedule {
        if (firstWait.isNegative()
                || firstWait.isZero()
                || maxWait.compareTo(firstWait) < 0
                || giveUpAfter.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("retry waits must be positive and ordered");
        }
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    public Duration waitAfter(int failures) {
        Duration wait = firstWait;
        for (int i = 1; i < failures && wait.compareTo(maxWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** When to try again after {@code failures} failed attempts, or empty when it is time to give up. */
    public Optional<Instant> nextAttempt(int failures, Instant roundStarted, Instant now) {
        if (!now.isBefore(roundStarted.plus(giveUpAfter))) {
            return Optional.empty();
        }
        return Optional.of(now.plus(waitAfter(failures)));
    }
}
