package com.crossborder.verification.retention.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleLimitsTest {

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new IdleLimits(Duration.ZERO, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new IdleLimits(Duration.ofDays(30), Duration.ofHours(-1)));
        assertThrows(IllegalArgumentException.class, () -> new IdleLimits(null, Duration.ofDays(1)));
    }

    @Test
    void theHolderIsToldWholeDaysAndNeverZero() {
        assertEquals(30, new IdleLimits(Duration.ofDays(30), Duration.ofDays(1)).abandonedAfterDays());
        assertEquals(1, new IdleLimits(Duration.ofHours(5), Duration.ofDays(1)).abandonedAfterDays());
    }
}
