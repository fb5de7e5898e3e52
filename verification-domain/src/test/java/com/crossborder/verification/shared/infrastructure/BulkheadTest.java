package com.crossborder.verification.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Heavy work in bounded slots: a caller finding them all taken is told to come back, and slots are given back. */
class BulkheadTest {

    @Test
    void aCallerWhoFindsEverySlotTakenIsToldToTryLater() throws Exception {
        Bulkhead bulkhead = new Bulkhead(1, Duration.ofMillis(50), Duration.ofSeconds(3), Reason.PHOTO_CHECKS_BUSY);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> holder = pool.submit(() -> bulkhead.run(() -> {
                inside.countDown();
                await(release);
                return "done";
            }));
            inside.await();
            Rejection busy = assertThrows(Rejection.class, () -> bulkhead.run(() -> "second"));
            assertEquals(Rejection.Kind.UNAVAILABLE, busy.kind());
            assertEquals(Reason.PHOTO_CHECKS_BUSY, busy.code());
            assertEquals(Optional.of(Duration.ofSeconds(3)), busy.retryAfter());
            release.countDown();
            assertEquals("done", holder.get());
            assertEquals("third", bulkhead.run(() -> "third"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSlotIsGivenBackWhenTheWorkFails() {
        Bulkhead bulkhead = new Bulkhead(2, Duration.ZERO, Duration.ofSeconds(1), Reason.PHOTO_CHECKS_BUSY);
        for (int i = 0; i < 5; i++) {
            assertThrows(
                    IllegalStateException.class,
                    () -> bulkhead.run(() -> {
                        throw new IllegalStateException("refused inside");
                    }));
        }
        assertEquals(2, bulkhead.available());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
