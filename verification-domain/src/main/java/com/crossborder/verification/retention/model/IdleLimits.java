package com.crossborder.verification.retention.model;

import java.time.Duration;

/**
 * How long things waiting for someone may stay untouched: a draft or re-upload request before it expires, a counter
 * scan never attached to a visit before it is deleted.
 */
public record IdleLimits(Duration abandonedAfter, Duration orphanScansAfter) {

    public IdleLimits {
        if (abandonedAfter == null || abandonedAfter.isNegative() || abandonedAfter.isZero()) {
            throw new IllegalArgumentException("the time before an untouched application expires must be positive");
        }
        if (orphanScansAfter == null || orphanScansAfter.isNegative() || orphanScansAfter.isZero()) {
            throw new IllegalArgumentException("the time an unattached scan is kept must be positive");
        }
    }

    /** The abandonment time in whole days, as the holder is told it (at least 1). */
    public long abandonedAfterDays() {
        return Math.max(1, abandonedAfter.toDays());
    }
}
