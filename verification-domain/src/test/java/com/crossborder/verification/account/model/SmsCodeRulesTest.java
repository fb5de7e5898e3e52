package com.crossborder.verification.account.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.BusinessClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmsCodeRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");
    private static final SmsCodePolicy POLICY = SmsCodePolicy.DEFAULT;
    /** Plain text "hashing" keeps the test about the rules, not the crypto. */
    private static final SmsCode.CodeHasher HASHER = new SmsCode.CodeHasher() {
        @Override
        public String hash(UUID codeId, String code) {
            return codeId + ":" + code;
        }

        @Override
        public boolean matches(UUID codeId, String code, String hash) {
            return hash(codeId, code).equals(hash);
        }
    };

    private static SmsCode code() {
        return new SmsCode("phone", SmsCodePurpose.REGISTER, "123456", HASHER, "client", POLICY, T0);
    }

    private static BusinessClock at(Instant instant) {
        return new BusinessClock(Clock.fixed(instant, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aCodeIsAcceptedOnceOnly() {
        SmsCode code = code();
        assertEquals(SmsCode.Attempt.ACCEPTED, code.attempt("123456", HASHER, POLICY, T0.plusSeconds(10)));
        assertEquals(SmsCode.Attempt.VOID, code.attempt("123456", HASHER, POLICY, T0.plusSeconds(11)));
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        assertEquals(
                SmsCode.Attempt.ACCEPTED,
                code().attempt(
                                "123456",
                                HASHER,
                                POLICY,
                                T0.plus(Duration.ofMinutes(5)).minusMillis(1)));
        assertEquals(SmsCode.Attempt.VOID, code().attempt("123456", HASHER, POLICY, T0.plus(Duration.ofMinutes(5))));
    }

    @Test
    void theFifthWrongTryVoidsTheCodeEvenForTheRightDigitsAfterwards() {
        SmsCode code = code();
        for (int i = 1; i <= 4; i++) {
            assertEquals(SmsCode.Attempt.WRONG, code.attempt("000000", HASHER, POLICY, T0));
        }
        assertEquals(SmsCode.Attempt.VOID, code.attempt("000000", HASHER, POLICY, T0));
        assertEquals(SmsCode.Attempt.VOID, code.attempt("123456", HASHER, POLICY, T0));
    }

    @Test
    void aNumberWaitsSixtySecondsBetweenCodes() {
        PhoneThrottle throttle = new PhoneThrottle("phone");
        assertTrue(throttle.waitBeforeSending(POLICY, at(T0)).isEmpty());
        throttle.sent(at(T0));
        assertEquals(Optional.of(Duration.ofSeconds(45)), throttle.waitBeforeSending(POLICY, at(T0.plusSeconds(15))));
        assertTrue(throttle.waitBeforeSending(POLICY, at(T0.plusSeconds(60))).isEmpty());
    }

    @Test
    void aNumberGetsTenCodesABusinessDayAndMoreAfterMidnightInShanghai() {
        PhoneThrottle throttle = new PhoneThrottle("phone");
        Instant now = T0;
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.waitBeforeSending(POLICY, at(now)).isEmpty());
            throttle.sent(at(now));
            now = now.plusSeconds(61);
        }
        // 03:10 UTC is 11:10 in Shanghai: the next business day begins at 16:00 UTC.
        assertEquals(
                Optional.of(Duration.between(now, Instant.parse("2026-11-25T16:00:00Z"))),
                throttle.waitBeforeSending(POLICY, at(now)));
        assertTrue(throttle.waitBeforeSending(POLICY, at(Instant.parse("2026-11-25T16:00:00Z")))
                .isEmpty());
    }

    @Test
    void fiveWrongPasswordsLockALoginForFifteenMinutesThenItCountsAfresh() {
        LoginThrottle throttle = new LoginThrottle("login", LoginScope.PAIR, "login");
        LoginPolicy policy = LoginPolicy.DEFAULT;
        for (int i = 1; i <= 4; i++) {
            throttle.reserve(policy, T0);
            assertTrue(throttle.lockedFor(T0).isEmpty());
        }
        throttle.reserve(policy, T0);
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor(T0));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.lockedFor(T0.plus(Duration.ofMinutes(14))));
        assertTrue(throttle.lockedFor(T0.plus(Duration.ofMinutes(15))).isEmpty());
        throttle.reserve(policy, T0.plus(Duration.ofMinutes(16)));
        assertEquals(1, throttle.failures());
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        LoginThrottle throttle = new LoginThrottle("login", LoginScope.PAIR, "login");
        for (int i = 1; i <= 4; i++) {
            throttle.reserve(LoginPolicy.DEFAULT, T0);
        }
        throttle.succeeded();
        throttle.reserve(LoginPolicy.DEFAULT, T0);
        assertEquals(1, throttle.failures());
        assertTrue(throttle.lockedFor(T0).isEmpty());
    }
}
