package com.crossborder.verification.card.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Wrong check codes in a row for one account or one card, and the lock they lead to. */
@Entity
@Table(name = "card_check_throttle")
public class CardCheckThrottle {

    @Id
    @Column(name = "throttle_key", length = 80)
    private String throttleKey;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected CardCheckThrottle() {}

    public CardCheckThrottle(String throttleKey) {
        this.throttleKey = throttleKey;
    }

    public static String forAccount(String accountId) {
        return "account:" + accountId;
    }

    public static String forCard(CardNumber number) {
        return "card:" + number.value();
    }

    /** How long binding stays locked; empty when it is not. */
    public Optional<Duration> lockedFor(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil)
                ? Optional.of(Duration.between(now, lockedUntil))
                : Optional.empty();
    }

    /** Counts a failure; returns true when this one locks. */
    public boolean failed(int maxFailures, Duration lockDuration, Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
            failures = 0;
            return true;
        }
        return false;
    }

    public void succeeded() {
        failures = 0;
        lockedUntil = null;
    }
}
