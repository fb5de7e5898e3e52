package com.crossborder.verification.webhook.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Deliveries still waiting (PENDING: not yet attempted, or between retries), when the oldest of them was created, and
 * since when the most overdue one has been due. The rule operators watch is the overdue one: a delivery whose attempt
 * is due is taken by a dispatcher within seconds, so one left due for long means no node dispatches. An old backlog
 * whose next attempts lie ahead only says that a receiver keeps refusing: it shows on the metrics, but takes no node
 * out of service (every node reads the same outbox, so that would take them all out for one operator's endpoint).
 */
public record WebhookBacklog(long pending, Instant oldestPendingSince, Instant oldestDueSince) {

    public WebhookBacklog {
        if (pending < 0) {
            throw new IllegalArgumentException("pending < 0");
        }
    }

    /** Whole seconds the oldest waiting delivery has waited at {@code now}; 0 when none waits. */
    public long oldestPendingSeconds(Instant now) {
        return secondsSince(oldestPendingSince, now);
    }

    /** Whole seconds the most overdue delivery has been due at {@code now}; 0 when none is due. */
    public long overdueSeconds(Instant now) {
        return secondsSince(oldestDueSince, now);
    }

    /** Whether a delivery has been due longer than {@code maxOverdue}: the dispatchers are stuck. */
    public boolean stuck(Duration maxOverdue, Instant now) {
        return overdueSeconds(now) > maxOverdue.toSeconds();
    }

    private static long secondsSince(Instant since, Instant now) {
        // a clock a little behind the database's never gives a negative age
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
    }
}
