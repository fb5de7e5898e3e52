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
    void nothingWaitingIsNeverStuck() {
        WebhookBacklog empty = new WebhookBacklog(0, null, null);
        assertEquals(0, empty.oldestPendingSeconds(NOW));
        assertEquals(0, empty.overdueSeconds(NOW));
        assertFalse(empty.stuck(Duration.ZERO, NOW));
    }

    @Test
    void aReceiverRefusingForHoursIsNoStuckDispatcher() {
        // created two hours ago, next attempt still ahead: nothing is due
        WebhookBacklog refused = new WebhookBacklog(3, NOW.minusSeconds(7200), null);
        assertEquals(7200, refused.oldestPendingSeconds(NOW));
        assertFalse(refused.stuck(Duration.ofMinutes(10), NOW));
    }

    @Test
    void aDeliveryDueLongerThanAllowedMeansNoNodeDispatches() {
        WebhookBacklog backlog = new WebhookBacklog(1, NOW.minusSeconds(900), NOW.minusSeconds(600));
        assertEquals(600, backlog.overdueSeconds(NOW));
        assertFalse(backlog.stuck(Duration.ofMinutes(10), NOW));
        assertTrue(backlog.stuck(Duration.ofMinutes(9), NOW));
        // a clock a little behind the database's never gives a negative age
        assertEquals(0, new WebhookBacklog(1, NOW.plusSeconds(5), NOW.plusSeconds(5)).overdueSeconds(NOW));
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookBacklog(-1, null, null));
    }
}
