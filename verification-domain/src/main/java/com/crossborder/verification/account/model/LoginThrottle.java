package com.crossborder.verification.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Wrong passwords in a row for one login (a username or a phone number, known or not: lockout must not
 * reveal which logins exist), and the lock they lead to.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "login_key", length = 64)
    private String loginKey;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {}

    public LoginThrottle(String loginKey) {
        this.loginKey = loginKey;
    }

    /** How long the login stays locked; empty when it is not. */
    public Optional<Duration> lockedFor(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil)
                ? Optional.of(Duration.between(now, lockedUntil))
                : Optional.empty();
    }

    /** Counts a wrong password; returns true when this one locks the login. */
    public boolean failed(LoginPolicy policy, Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        if (failures >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
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
