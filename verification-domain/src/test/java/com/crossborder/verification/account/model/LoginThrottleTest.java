package com.crossborder.verification.account.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginPolicy policy = new LoginPolicy(5, Duration.ofMinutes(15), 20, 50, Duration.ofHours(1));
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theAttemptThatReachesTheLimitLocksBeforeItIsJudged() {
        LoginThrottle pair = new LoginThrottle("k", LoginScope.PAIR, "login");
        for (int i = 0; i < 4; i++) {
            pair.reserve(policy, now);
            assertTrue(pair.lockedFor(now).isEmpty());
        }
        pair.reserve(policy, now);
        assertEquals(Duration.ofMinutes(15), pair.lockedFor(now).orElseThrow());
        assertTrue(pair.lockedFor(now.plus(Duration.ofMinutes(15))).isEmpty());
    }

    @Test
    void theOwnersRightPasswordStartsAgainButASourceOnlyGetsItsAttemptBack() {
        LoginThrottle pair = new LoginThrottle("p", LoginScope.PAIR, "login");
        LoginThrottle source = new LoginThrottle("s", LoginScope.SOURCE, null);
        for (int i = 0; i < 3; i++) {
            pair.reserve(policy, now);
            source.reserve(policy, now);
        }
        pair.succeeded();
        source.giveBack(policy);
        assertEquals(0, pair.failures());
        assertEquals(2, source.failures());
    }

    @Test
    void scopesLockAtTheirOwnLimits() {
        LoginThrottle login = new LoginThrottle("l", LoginScope.LOGIN, null);
        for (int i = 0; i < 19; i++) {
            login.reserve(policy, now);
        }
        assertTrue(login.lockedFor(now).isEmpty());
        login.reserve(policy, now);
        assertTrue(login.lockedFor(now).isPresent());
        login.unlock();
        assertTrue(login.lockedFor(now).isEmpty());
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        LoginThrottle pair = new LoginThrottle("p", LoginScope.PAIR, "login");
        for (int i = 0; i < 4; i++) {
            pair.reserve(policy, now);
        }
        pair.reserve(policy, now.plus(Duration.ofHours(2)));
        assertEquals(1, pair.failures());
        assertTrue(pair.lockedFor(now.plus(Duration.ofHours(2))).isEmpty());
    }

    @Test
    void atMostOneLockNoticePerLockPeriod() {
        LoginThrottle login = new LoginThrottle("l", LoginScope.LOGIN, null);
        assertTrue(login.noticeDue(policy, now));
        assertFalse(login.noticeDue(policy, now.plus(Duration.ofMinutes(14))));
        assertTrue(login.noticeDue(policy, now.plus(Duration.ofMinutes(15))));
    }
}
