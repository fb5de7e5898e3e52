package com.crossborder.verification.webhook.model;

import java.time.Duration;

/**
 * How webhooks are delivered: the retry schedule, how long a node's claim on a delivery holds (a crashed node's
 * deliveries are taken back after it), how many deliveries one pass handles, and whether http to this machine is
 * allowed (development and tests only).
 */
public record WebhookSettings(RetrySchedule retries, Duration claimTimeout, int batchSize, boolean allowLoopbackHttp) {

    public WebhookSettings {
        if (claimTimeout.isNegative() || claimTimeout.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("webhook settings must be positive");
        }
    }
}
