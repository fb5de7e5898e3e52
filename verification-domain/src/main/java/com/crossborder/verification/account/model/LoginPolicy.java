package com.crossborder.verification.account.model;

import java.time.Duration;

/**
 * After {@code maxFailures} wrong passwords for one login from one source, that pair is locked for
 * {@code lockDuration}; after {@code maxFailuresPerLogin} from all sources together the login is locked everywhere
 * (the soft global limit), and after {@code maxFailuresPerSource} against any logins the source is. Failures older
 * than {@code failureWindow} are forgotten.
 */
public record LoginPolicy(
        int maxFailures,
        Duration lockDuration,
        int maxFailuresPerLogin,
        int maxFailuresPerSource,
        Duration failureWindow) {

    public static final LoginPolicy DEFAULT = new LoginPolicy(5, Duration.ofMinutes(15));

    public LoginPolicy {
        if (maxFailures < 1
                || maxFailuresPerLogin < maxFailures
                || maxFailuresPerSource < maxFailures
                || lockDuration.isNegative()
                || lockDuration.isZero()
                || failureWindow.isNegative()
                || failureWindow.isZero()) {
            throw new IllegalArgumentException(
                    "login limits must be positive, and the per-login and per-source ones at least max-failures");
        }
    }

    public LoginPolicy(int maxFailures, Duration lockDuration) {
        this(maxFailures, lockDuration, maxFailures * 4, maxFailures * 10, Duration.ofHours(1));
    }

    /** The number of failures that locks a counter of this scope. */
    public int limitFor(LoginScope scope) {
        return switch (scope) {
            case PAIR -> maxFailures;
            case LOGIN -> maxFailuresPerLogin;
            case SOURCE -> maxFailuresPerSource;
        };
    }
}
