package com.crossborder.verification.job.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecoveryPolicyTest {

    @Test
    void theHeartbeatRenewsALeaseAtLeastTwiceBeforeItLapses() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RecoveryPolicy(Duration.ofSeconds(50), Duration.ofSeconds(30), ""));
        assertThrows(
                IllegalArgumentException.class, () -> new RecoveryPolicy(Duration.ofMinutes(2), Duration.ZERO, ""));
        RecoveryPolicy policy = new RecoveryPolicy(Duration.ofSeconds(20), Duration.ofSeconds(5), " jdbc/batch ");
        assertEquals("jdbc/batch", policy.repositoryDataSource());
        assertEquals(
                "", new RecoveryPolicy(Duration.ofMinutes(2), Duration.ofSeconds(30), null).repositoryDataSource());
    }

    @Test
    void aLeaseLapsesAtItsExpiry() {
        Instant expiry = Instant.parse("2026-11-26T02:02:00Z");
        JobLeases.Lease lease = new JobLeases.Lease("node-a", expiry);
        assertFalse(lease.lapsed(expiry.minusMillis(1)));
        assertTrue(lease.lapsed(expiry));
    }
}
