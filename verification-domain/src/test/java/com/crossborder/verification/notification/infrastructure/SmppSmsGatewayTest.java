package com.crossborder.verification.notification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.notification.infrastructure.SmppSmsGateway.DeliveryReport;
import com.crossborder.verification.notification.model.SmsGateway.SmsNotSentException;
import com.crossborder.verification.shared.model.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmppSmsGatewayTest {

    private static final PhoneNumber TO = PhoneNumber.parse("+8613812345678");
    private static final String CODE_TEXT = "【中港通】您的注册验证码为123456，5分钟内有效。请勿将验证码告诉他人。";

    private TestSmsc smsc;
    private SmppSmsGateway gateway;
    private final List<DeliveryReport> reports = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        smsc = new TestSmsc();
        gateway = new SmppSmsGateway(
                new SmppSmsGateway.Settings(
                        "127.0.0.1",
                        smsc.port,
                        "verification",
                        "secret",
                        "",
                        "106900000",
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(2),
                        Duration.ofMillis(200)),
                reports::add);
        await(gateway::isBound, "the gateway binds");
    }

    @AfterEach
    void disconnect() throws Exception {
        gateway.close();
        smsc.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void chineseTextArrivesIntactAsUcs2ToTheInternationalNumber() throws Exception {
        List<String> ids = gateway.send(TO, CODE_TEXT);
        assertEquals(1, ids.size());
        TestSmsc.Received received = smsc.received.get(0);
        assertEquals("8613812345678", received.destination());
        assertEquals(0x08, received.dataCoding());
        assertEquals(CODE_TEXT, new String(received.shortMessage(), StandardCharsets.UTF_16BE));
        assertEquals(received.messageId(), ids.get(0));
    }

    @Test
    void aLongTextArrivesAsConcatenatedPartsThatReassembleToTheOriginal() throws Exception {
        String longText = "【中港通】" + "您的实名认证需要补传照片，请登录App按提示重新上传并提交。".repeat(5);
        List<String> ids = gateway.send(TO, longText);
        int expectedParts = (longText.length() + SmppSmsGateway.PART_UNITS - 1) / SmppSmsGateway.PART_UNITS;
        assertEquals(expectedParts, ids.size());
        StringBuilder reassembled = new StringBuilder();
        byte reference = smsc.received.get(0).shortMessage()[3];
        for (int i = 0; i < expectedParts; i++) {
            TestSmsc.Received part = smsc.received.get(i);
            byte[] sm = part.shortMessage();
            assertTrue(part.udhi());
            assertArrayEquals(
                    new byte[] {0x05, 0x00, 0x03, reference, (byte) expectedParts, (byte) (i + 1)},
                    Arrays.copyOf(sm, 6));
            assertTrue(sm.length <= 140);
            reassembled.append(new String(sm, 6, sm.length - 6, StandardCharsets.UTF_16BE));
        }
        assertEquals(longText, reassembled.toString());
    }

    @Test
    void surrogatePairsAreNeverCutBetweenParts() {
        String emoji = "\uD83D\uDE00";
        String text = "a".repeat(66) + emoji + "b".repeat(10);
        List<byte[]> parts = SmppSmsGateway.split(text, (byte) 7);
        String first = new String(parts.get(0), 6, parts.get(0).length - 6, StandardCharsets.UTF_16BE);
        assertEquals("a".repeat(66), first);
    }

    @Test
    void aDeliveryReceiptReachesTheOutboxWithTheMessageId() throws Exception {
        String id = gateway.send(TO, CODE_TEXT).get(0);
        smsc.deliveryReceipt(id, DeliveryReceiptState.DELIVRD);
        await(() -> !reports.isEmpty(), "the receipt arrives");
        assertEquals(new DeliveryReport(id, true, "DELIVRD"), reports.get(0));
        smsc.deliveryReceipt(id, DeliveryReceiptState.UNDELIV);
        await(() -> reports.size() == 2, "the second receipt arrives");
        assertEquals(false, reports.get(1).delivered());
    }

    @Test
    void aDroppedLinkIsRebuiltAndMessagesAreNeitherLostNorDuplicated() throws Exception {
        gateway.send(TO, "第一条");
        smsc.dropLinks();
        await(() -> !gateway.isBound(), "the gateway notices the drop");
        // while the link is down the message is refused, so the outbox keeps it for later
        assertThrows(SmsNotSentException.class, () -> gateway.send(TO, "第二条"));
        await(gateway::isBound, "the gateway binds again");
        gateway.send(TO, "第二条");
        List<String> texts = smsc.received.stream()
                .map(r -> new String(r.shortMessage(), StandardCharsets.UTF_16BE))
                .toList();
        assertEquals(List.of("第一条", "第二条"), texts);
    }
}
