package com.crossborder.verification.notification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.ClaimLapse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    private static OutboxMessage message() {
        return new OutboxMessage(SmsTemplate.PASSWORD_CHANGED, new byte[] {1}, "138****5678", new byte[] {2}, T0);
    }

    @Test
    void failedAttemptsBackOffExponentiallyAndGiveUpAtTheLimit() {
        OutboxMessage message = message();
        Duration base = Duration.ofSeconds(5);
        long[] waits = {5, 10, 20};
        for (long wait : waits) {
            message.claim(T0);
            message.notSent("SMSC busy", 4, base, T0);
            assertEquals(SmsStatus.PENDING, message.status());
            assertEquals(T0.plusSeconds(wait), message.nextAttemptAt());
        }
        message.claim(T0);
        message.notSent("SMSC busy", 4, base, T0);
        assertEquals(SmsStatus.FAILED, message.status());
    }

    @Test
    void aMultipartMessageIsDeliveredWhenEveryPartIs() {
        OutboxMessage message = message();
        message.claim(T0);
        message.sent(3, true, T0);
        assertEquals(SmsStatus.SENT, message.status());
        message.partReported(true, T0);
        message.partReported(true, T0);
        assertEquals(SmsStatus.SENT, message.status());
        message.partReported(true, T0);
        assertEquals(SmsStatus.DELIVERED, message.status());
    }

    @Test
    void aGatewayWithoutReceiptsMarksMessagesDeliveredWhenSent() {
        OutboxMessage message = message();
        message.claim(T0);
        message.sent(1, false, T0);
        assertEquals(SmsStatus.DELIVERED, message.status());
    }

    @Test
    void aMessageNotClaimedCannotBeMarkedSent() {
        assertThrows(IllegalStateException.class, () -> message().sent(1, true, T0));
    }

    @Test
    void aMessageBeingSentCannotBeClaimedBySecondDispatcher() {
        OutboxMessage message = message();
        message.claim(T0);
        assertEquals(1, message.attempts());
        assertThrows(IllegalStateException.class, () -> message.claim(T0));
    }

    @Test
    void aClaimLapsesAfterTheTimeoutAndAnUnknownOutcomeIsSentOnceMoreThenGivenUp() {
        ClaimLapse rule = new ClaimLapse(Duration.ofMinutes(5), 1);
        OutboxMessage message = message();
        message.claim(T0);
        assertFalse(message.claimLapsed(rule, T0.plus(Duration.ofMinutes(5))), "not before the timeout");
        assertTrue(message.claimLapsed(rule, T0.plus(Duration.ofMinutes(5)).plusSeconds(1)));

        Instant later = T0.plus(Duration.ofMinutes(6));
        message.outcomeUnknown("claim lapsed", rule, later);
        assertEquals(SmsStatus.PENDING, message.status(), "sent once more");
        assertEquals(later, message.nextAttemptAt(), "straight away");
        assertEquals(1, message.uncertainSends());
        assertNull(message.claimedAt());

        message.claim(later);
        message.outcomeUnknown("claim lapsed", rule, later.plus(Duration.ofMinutes(6)));
        assertEquals(SmsStatus.FAILED, message.status(), "never a third copy");
        assertFalse(message.claimLapsed(rule, later.plus(Duration.ofHours(1))));
    }

    @Test
    void aSlowAnswerArrivingAfterTheClaimLapsedIsRecordedAndNotSentAgain() {
        ClaimLapse rule = ClaimLapse.DEFAULT;
        OutboxMessage message = message();
        message.claim(T0);
        message.outcomeUnknown("claim lapsed", rule, T0.plus(Duration.ofMinutes(6)));
        message.sent(1, true, T0.plus(Duration.ofMinutes(6)));
        assertEquals(SmsStatus.SENT, message.status());
        message.sent(1, true, T0.plus(Duration.ofMinutes(7)));
        assertEquals(SmsStatus.SENT, message.status(), "a second record changes nothing");
    }

    @Test
    void aClaimLapseMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ClaimLapse(Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> new ClaimLapse(Duration.ofSeconds(1), -1));
    }

    @Test
    void templatesFillEveryPlaceholderAndRefuseMissingValues() {
        assertEquals(
                "【中港通】您的注册验证码为123456，5分钟内有效。请勿将验证码告诉他人。",
                SmsTemplate.REGISTER_CODE.render(Map.of("code", "123456", "minutes", "5")));
        assertThrows(IllegalArgumentException.class, () -> SmsTemplate.REGISTER_CODE.render(Map.of("code", "1")));
    }
}
