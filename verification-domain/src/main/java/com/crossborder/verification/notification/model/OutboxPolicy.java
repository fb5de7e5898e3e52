package com.crossborder.verification.notification.model;

import java.time.Duration;

/** How hard the dispatcher tries: at most {@code maxAttempts}, waiting {@code backoff} × 2^(n−1) between them. */
public record OutboxPolicy(int maxAttempts, Duration backoff, int batchSize) {

    public static final OutboxPolicy DEFAULT = new OutboxPolicy(8, Duration.ofSeconds(5), 50);

    public OutboxPolicy {
        if (maxAttempts < 1 || backoff.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("outbox limits must be positive");
        }
    }
}
