package com.crossborder.verification.notification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-11-25T03:00:00Z");

    /** What the outbox's claim does in the database: SENDING, one more attempt. */
    private static void claim(OutboxMessage message) throws ReflectiveOperationException {
        Field status = OutboxMessage.class.getDeclaredField("status");
        status.setAccessible(true);
        status.set(message, SmsStatus.SENDING);
        Field attempts = OutboxMessage.class.getDeclaredField("attempts");
        attempts.setAccessible(true);
        attempts.setInt(message, attempts.getInt(message) + 1);
    }

    private static OutboxMessage message() {
        return new OutboxMessage(SmsTemplate.PASSWORD_CHANGED, new byte[] {1}, "138****5678", new byte[] {2}, T0);
    }

    @Test
    void failedAttemptsBackOffExponentiallyAndGiveUpAtTheLimit() throws ReflectiveOperationException {
        OutboxMessage message = message();
        Duration base = Duration.ofSeconds(5);
        long[] waits = {5, 10, 20};
        for (long wait : waits) {
            claim(message);
            message.notSent("SMSC busy", 4, base, T0);
            assertEquals(SmsStatus.PENDING, message.status());
            assertEquals(T0.plusSeconds(wait), message.nextAttemptAt());
        }
        claim(message);
        message.notSent("SMSC busy", 4, base, T0);
        assertEquals(SmsStatus.FAILED, message.status());
    }

    @Test
    void aMultipartMessageIsDeliveredWhenEveryPartIs() throws ReflectiveOperationException {
        OutboxMessage message = message();
        claim(message);
        message.sent(3, true, T0);
        assertEquals(SmsStatus.SENT, message.status());
        message.partReported(true, T0);
        message.partReported(true, T0);
        assertEquals(SmsStatus.SENT, message.status());
        message.partReported(true, T0);
        assertEquals(SmsStatus.DELIVERED, message.status());
    }

    @Test
    void aGatewayWithoutReceiptsMarksMessagesDeliveredWhenSent() throws ReflectiveOperationException {
        OutboxMessage message = message();
        claim(message);
        message.sent(1, false, T0);
        assertEquals(SmsStatus.DELIVERED, message.status());
    }

    @Test
    void aMessageNotClaimedCannotBeMarkedSent() {
        assertThrows(IllegalStateException.class, () -> message().sent(1, true, T0));
    }

    @Test
    void templatesFillEveryPlaceholderAndRefuseMissingValues() {
        assertEquals("【中港通】您的注册验证码为123456，5分钟内有效。请勿将验证码告诉他人。",
                SmsTemplate.REGISTER_CODE.render(Map.of("code", "123456", "minutes", "5")));
        assertThrows(IllegalArgumentException.class, () -> SmsTemplate.REGISTER_CODE.render(Map.of("code", "1")));
    }
}
