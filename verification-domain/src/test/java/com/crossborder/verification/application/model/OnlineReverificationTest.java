package com.crossborder.verification.application.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.card.model.CardStatus;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a card's holder may apply online for it again. */
class OnlineReverificationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static void assertRefused(CardStatus status, Optional<LocalDate> expiry) {
        Rejection refused =
                assertThrows(Rejection.class, () -> OnlineReverification.requireAllowed(status, expiry, TODAY));
        assertEquals(Reason.CARD_ALREADY_VERIFIED, refused.code());
        assertEquals(Rejection.Kind.STATE_CONFLICT, refused.kind());
    }

    @Test
    void anUnverifiedCardOrOneThatNeedsReverificationMayAlwaysApply() {
        assertDoesNotThrow(() -> OnlineReverification.requireAllowed(CardStatus.UNVERIFIED, Optional.empty(), TODAY));
        assertDoesNotThrow(() -> OnlineReverification.requireAllowed(
                CardStatus.REVERIFICATION_REQUIRED, Optional.of(TODAY.minusDays(3)), TODAY));
    }

    @Test
    void aVerifiedCardWhoseDocumentRunsOutWithinThirtyDaysMayApplyAgain() {
        assertDoesNotThrow(
                () -> OnlineReverification.requireAllowed(CardStatus.VERIFIED, Optional.of(TODAY.plusDays(30)), TODAY));
        assertDoesNotThrow(
                () -> OnlineReverification.requireAllowed(CardStatus.VERIFIED, Optional.of(TODAY.plusDays(1)), TODAY));
    }

    @Test
    void aVerifiedCardWithALongerValidOrLongTermDocumentMayNot() {
        assertRefused(CardStatus.VERIFIED, Optional.of(TODAY.plusDays(31)));
        assertRefused(CardStatus.VERIFIED, Optional.empty());
    }
}
