package com.crossborder.verification.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Wrong passwords counted under one key (a login from one source, a login from everywhere, or one source against any
 * login; logins known or not: lockout must not reveal which logins exist), and the lock they lead to.
 *
 * <p>An attempt is counted <em>before</em> its password is checked ({@link #reserve}), on a row that is locked for the
 * check: so N concurrent guesses get at most the limit judged, whatever the timing. A right password gives the
 * attempt back ({@link #succeeded} or {@link #giveBack}).
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "login_key", length = 64)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 8)
    private LoginScope scope;

    @Column(name = "subject_key", length = 64)
    private String subjectKey;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "window_started_at")
    private Instant windowStartedAt;

    @Column(name = "noticed_until")
    private Instant noticedUntil;

    protected LoginThrottle() {}

    public LoginThrottle(String key, LoginScope scope, String subjectKey) {
        this.key = key;
        this.scope = scope;
        this.subjectKey = subjectKey;
    }

    public LoginScope scope() {
        return scope;
    }

    /** How long the key stays locked; empty when it is not. */
    public Optional<Duration> lockedFor(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil)
                ? Optional.of(Duration.between(now, lockedUntil))
                : Optional.empty();
    }

    /**
     * Counts an attempt about to be judged (as a failure until it proves right); the attempt that reaches the limit
     * locks the key at once, so that no concurrent attempt is judged after it. Call only when not locked.
     */
    public void reserve(LoginPolicy policy, Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failures = 0;
            lockedUntil = null;
            windowStartedAt = now;
        }
        if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(policy.failureWindow()))) {
            failures = 0;
            windowStartedAt = now;
        }
        failures++;
        if (failures >= policy.limitFor(scope)) {
            lockedUntil = now.plus(policy.lockDuration());
        }
    }

    /** The right password: the owner's counters start again. */
    public void succeeded() {
        failures = 0;
        lockedUntil = null;
    }

    /** The right password, on a counter that is not the owner's (a source): only this attempt is given back. */
    public void giveBack(LoginPolicy policy) {
        failures = Math.max(0, failures - 1);
        if (failures < policy.limitFor(scope)) {
            lockedUntil = null;
        }
    }

    /** Lifted by customer service or an administrator. */
    public void unlock() {
        failures = 0;
        lockedUntil = null;
        noticedUntil = null;
    }

    /** Whether a lock notice may go now; at most one per lock period. */
    public boolean noticeDue(LoginPolicy policy, Instant now) {
        if (noticedUntil != null && now.isBefore(noticedUntil)) {
            return false;
        }
        noticedUntil = now.plus(policy.lockDuration());
        return true;
    }

    public int failures() {
        return failures;
    }
}
