package com.crossborder.verification.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CardTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final UUID HOLDER = UUID.randomUUID();

    private static Card aCard() {
        return Card.boundTo(HOLDER, new CardNumber("12345678901"), NOW);
    }

    @Test
    void aNewCardIsUnverifiedAndBelongsToWhoBoundIt() {
        Card card = aCard();
        assertEquals(CardStatus.UNVERIFIED, card.status());
        assertTrue(card.belongsTo(HOLDER));
        assertFalse(card.belongsTo(UUID.randomUUID()));
        assertEquals(Optional.empty(), card.identityIndex());
    }

    @Test
    void aCardIsPendingWhileAnApplicationRunsAndVerifiedWhenItIsApproved() {
        Card card = aCard();
        card.verificationPending();
        assertEquals(CardStatus.PENDING, card.status());
        card.verifiedFor("identity-1", NOW);
        assertEquals(CardStatus.VERIFIED, card.status());
        assertEquals(Optional.of("identity-1"), card.identityIndex());
        assertEquals(Optional.of(NOW), card.verifiedAt());
    }

    @Test
    void aRefusalTakesAFirstTimeCardBackToUnverified() {
        Card card = aCard();
        card.verificationPending();
        card.verificationRefused();
        assertEquals(CardStatus.UNVERIFIED, card.status());
    }

    @Test
    void aRefusedReverificationLeavesTheCardNeedingReverification() {
        Card card = aCard();
        card.verifiedFor("identity-1", NOW);
        card.reverificationRequired();
        card.verificationPending();
        card.verificationRefused();
        assertEquals(CardStatus.REVERIFICATION_REQUIRED, card.status());
    }

    @Test
    void aRefusalDoesNotTouchAVerifiedCard() {
        Card card = aCard();
        card.verifiedFor("identity-1", NOW);
        card.verificationRefused();
        assertEquals(CardStatus.VERIFIED, card.status());
    }

    @Test
    void aVerifiedCardCannotGoBackToPending() {
        Card card = aCard();
        card.verifiedFor("identity-1", NOW);
        assertEquals(
                Reason.CARD_ALREADY_VERIFIED,
                assertThrows(Rejection.class, card::verificationPending).code());
    }

    @Test
    void aCardVerifiedForOneIdentityIsNeverAnothersButCanBeReverifiedForTheSame() {
        Card card = aCard();
        card.verifiedFor("identity-1", NOW);
        assertEquals(
                Reason.CARD_VERIFIED_FOR_ANOTHER_IDENTITY,
                assertThrows(Rejection.class, () -> card.verifiedFor("identity-2", NOW))
                        .code());
        card.reverificationRequired();
        card.verifiedFor("identity-1", NOW.plusSeconds(60));
        assertEquals(CardStatus.VERIFIED, card.status());
    }

    @Test
    void onlyAVerifiedCardNeedsReverificationWhenItsDocumentExpires() {
        Card unverified = aCard();
        unverified.reverificationRequired();
        assertEquals(CardStatus.UNVERIFIED, unverified.status());
        Card verified = aCard();
        verified.verifiedFor("identity-1", NOW);
        verified.reverificationRequired();
        assertEquals(CardStatus.REVERIFICATION_REQUIRED, verified.status());
    }

    @Test
    void aCardVerifiedAtACounterIsClaimedIntoOneAccountOnly() {
        Card atCounter = Card.boundTo(null, new CardNumber("12345678901"), NOW);
        atCounter.verifiedFor("identity-1", NOW);
        assertTrue(atCounter.heldByNobody());
        UUID claimer = UUID.randomUUID();
        atCounter.claimInto(claimer);
        atCounter.claimInto(claimer);
        assertTrue(atCounter.belongsTo(claimer));
        assertEquals(CardStatus.VERIFIED, atCounter.status());
        Rejection taken = assertThrows(Rejection.class, () -> atCounter.claimInto(UUID.randomUUID()));
        assertEquals(Reason.CARD_UNAVAILABLE, taken.code());
    }
}
