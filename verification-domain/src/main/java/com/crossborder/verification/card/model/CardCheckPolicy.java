package com.crossborder.verification.card.model;

import java.time.Duration;

/**
 * How many wrong check codes (or unknown card numbers) an account, and how many wrong check codes a card, may see
 * before binding is locked for {@code lockDuration}.
 */
public record CardCheckPolicy(int maxFailuresPerAccount, int maxFailuresPerCard, Duration lockDuration) {

    public static final CardCheckPolicy DEFAULT = new CardCheckPolicy(5, 10, Duration.ofMinutes(15));

    public CardCheckPolicy {
        if (maxFailuresPerAccount < 1 || maxFailuresPerCard < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("card check limits must be positive");
        }
    }
}
