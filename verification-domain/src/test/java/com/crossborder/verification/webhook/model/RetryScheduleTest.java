package com.crossborder.verification.webhook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant START = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void waitsDoubleUpToTheLongestWait() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertEquals(Duration.ofSeconds(5), schedule.waitAfter(1));
        assertEquals(Duration.ofSeconds(10), schedule.waitAfter(2));
        assertEquals(Duration.ofSeconds(40), schedule.waitAfter(4));
        assertEquals(Duration.ofHours(1), schedule.waitAfter(12));
        assertEquals(Duration.ofHours(1), schedule.waitAfter(500));
    }

    @Test
    void aReceiverDownForTwentyFourHoursStillGetsItsEvent() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        Instant now = START;
        int failures = 0;
        while (now.isBefore(START.plus(Duration.ofHours(24)))) {
            failures++;
            Optional<Instant> next = schedule.nextAttempt(failures, START, now);
            assertTrue(next.isPresent(), "gave up after " + Duration.between(START, now));
            now = next.get();
        }
        // Some 30 attempts over the day, the last of them less than an hour apart.
        assertTrue(failures > 20 && failures < 45, "attempts: " + failures);
    }

    @Test
    void givesUpOnceThePeriodEnded() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;
        assertEquals(Optional.empty(), schedule.nextAttempt(40, START, START.plus(Duration.ofHours(25))));
        assertEquals(
                Optional.of(START.plus(Duration.ofHours(24)).plus(Duration.ofHours(1))),
                schedule.nextAttempt(40, START, START.plus(Duration.ofHours(24))));
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdAndGivenUpAtTheEnd() {
        RetrySchedule schedule =
                new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10));
        WebhookDelivery delivery =
                new WebhookDelivery(UUID.randomUUID(), "msg_1", "card.verified", "4000000000000002", 1, "{}", START);
        delivery.failed(500, null, schedule, START);
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(START.plusSeconds(1), delivery.nextAttemptAt());
        delivery.failed(null, "refused", schedule, START.plusSeconds(1));
        assertEquals(START.plusSeconds(3), delivery.nextAttemptAt());
        delivery.failed(503, null, schedule, START.plusSeconds(11));
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertEquals(3, delivery.attempts());
        delivery.redeliver(START.plusSeconds(20));
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals("msg_1", delivery.messageId());
    }

    @Test
    void httpOnlyToThisMachineAndOnlyWhereAllowed() {
        assertEquals(
                "https://operator.example/hook",
                WebhookUrl.parse("https://operator.example/hook", false).value());
        assertEquals(
                "http://127.0.0.1:8099/h",
                WebhookUrl.parse("http://127.0.0.1:8099/h", true).value());
        Assertions.assertThrows(Rejection.class, () -> WebhookUrl.parse("http://127.0.0.1:8099/h", false));
        Assertions.assertThrows(Rejection.class, () -> WebhookUrl.parse("http://operator.example/h", true));
        Assertions.assertThrows(Rejection.class, () -> WebhookUrl.parse("https://user:pw@operator.example/h", false));
    }
}
