package com.crossborder.verification.retention.model;

import java.time.Duration;

/** How long images are kept after the final decision. */
public record RetentionPeriod(Duration afterDecision) {

    public RetentionPeriod {
        if (afterDecision.isNegative() || afterDecision.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive");
        }
    }
}
