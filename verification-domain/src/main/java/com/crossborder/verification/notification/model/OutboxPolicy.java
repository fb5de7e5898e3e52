package com.crossborder.verification.notification.model;

import com.crossborder.verification.shared.model.ClaimLapse;
import java.time.Duration;
import java.util.Objects;

/**
 * How hard the dispatcher tries: at most {@code maxAttempts}, waiting {@code backoff} × 2^(n−1) between them; and
 * when a claim lapses, or an attempt ends with no answer, the resend rule of {@code claimLapse}.
 */
public record OutboxPolicy(int maxAttempts, Duration backoff, int batchSize, ClaimLapse claimLapse) {

    public static final OutboxPolicy DEFAULT = new OutboxPolicy(8, Duration.ofSeconds(5), 50, ClaimLapse.DEFAULT);

    public OutboxPolicy {
        if (maxAttempts < 1 || backoff.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("outbox limits must be positive");
        }
        Objects.requireNonNull(claimLapse, "claimLapse");
    }

    public OutboxPolicy(int maxAttempts, Duration backoff, int batchSize) {
        this(maxAttempts, backoff, batchSize, ClaimLapse.DEFAULT);
    }
}
