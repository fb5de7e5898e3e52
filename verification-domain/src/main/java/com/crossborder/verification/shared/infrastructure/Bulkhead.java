package com.crossborder.verification.shared.infrastructure;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code permits} pieces of heavy work (decoding an image, parsing a PDF) at once, so that a burst of
 * uploads is bounded in memory and CPU: a caller waits up to {@code wait} for a free slot and is otherwise
 * refused with a "try later" rejection (503 with {@code Retry-After} over HTTP) instead of running the heap out.
 */
public final class Bulkhead {

    private final Semaphore slots;
    private final int permits;
    private final Duration wait;
    private final Duration retryAfter;
    private final Reason busy;

    public Bulkhead(int permits, Duration wait, Duration retryAfter, Reason busy) {
        if (permits < 1 || wait.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("a bulkhead needs at least one permit and non-negative waits");
        }
        this.slots = new Semaphore(permits, true);
        this.permits = permits;
        this.wait = wait;
        this.retryAfter = retryAfter;
        this.busy = busy;
    }

    /** Runs {@code work} in a slot; a rejection with the busy reason when none frees up in time. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw Rejection.unavailable(busy, retryAfter);
        }
        if (!acquired) {
            throw Rejection.unavailable(busy, retryAfter);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** How many slots there are. */
    public int permits() {
        return permits;
    }

    /** How many slots are free now (for metrics and tests). */
    public int available() {
        return slots.availablePermits();
    }
}
