package com.crossborder.verification.webhook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookBacklogTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void nothingWaitingIsNeverTooOld() {
        WebhookBacklog empty = new WebhookBacklog(0, null);
        assertEquals(0, empty.oldestPendingSeconds(NOW));
        assertFalse(empty.tooOld(Duration.ZERO, NOW));
    }

    @Test
    void theOldestWaitingDeliveryDecides() {
        WebhookBacklog backlog = new WebhookBacklog(3, NOW.minusSeconds(3600));
        assertEquals(3600, backlog.oldestPendingSeconds(NOW));
        assertFalse(backlog.tooOld(Duration.ofHours(1), NOW));
        assertTrue(backlog.tooOld(Duration.ofMinutes(59), NOW));
        // a clock a little behind the database's never gives a negative age
        assertEquals(0, new WebhookBacklog(1, NOW.plusSeconds(5)).oldestPendingSeconds(NOW));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookBacklog(-1, null));
    }
}
