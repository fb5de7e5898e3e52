package com.crossborder.verification.application.model;

import java.time.Duration;

/** How long a reviewer's claim holds, and how many verified cards one identity may have. */
public record ReviewSettings(Duration claimHold, int cardsPerIdentity) {

    public static final ReviewSettings DEFAULT = new ReviewSettings(Duration.ofMinutes(30), 5);

    public ReviewSettings {
        if (claimHold.isNegative() || claimHold.isZero() || cardsPerIdentity < 1) {
            throw new IllegalArgumentException("review settings must be positive");
        }
    }
}
