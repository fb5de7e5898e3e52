package com.crossborder.verification.webhook.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Deliveries still waiting (PENDING: not yet attempted, or between retries) and when the oldest of them was created.
 * The rule operators watch: the backlog is too old once that delivery waits longer than the allowed age.
 */
public record WebhookBacklog(long pending, Instant oldestPendingSince) {

    public WebhookBacklog {
        if (pending < 0) {
            throw new IllegalArgumentException("pending < 0");
        }
    }

    /** Whole seconds the oldest waiting delivery has waited at {@code now}; 0 when none waits. */
    public long oldestPendingSeconds(Instant now) {
        return oldestPendingSince == null
                ? 0
                : Math.max(0, Duration.between(oldestPendingSince, now).toSeconds());
    }

    /** Whether the oldest waiting delivery has waited longer than {@code maxAge}. */
    public boolean tooOld(Duration maxAge, Instant now) {
        return oldestPendingSeconds(now) > maxAge.toSeconds();
    }
}
