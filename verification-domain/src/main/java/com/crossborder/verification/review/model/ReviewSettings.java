package com.crossborder.verification.review.model;

import java.time.Duration;

/**
 * How long a reviewer's claim holds, how many verified cards one identity may have, and whether the nightly
 * screening approves clean cases itself ({@code autoApprove}, off unless an operator turns it on).
 */
public record ReviewSettings(Duration claimHold, int cardsPerIdentity, boolean autoApprove) {

    public static final ReviewSettings DEFAULT = new ReviewSettings(Duration.ofMinutes(30), 5, false);

    public ReviewSettings {
        if (claimHold.isNegative() || claimHold.isZero() || cardsPerIdentity < 1) {
            throw new IllegalArgumentException("review settings must be positive");
        }
    }
}
