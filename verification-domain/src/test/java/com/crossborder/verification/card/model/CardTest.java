package com.crossborder.verification.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
        card.verifiedFor("identity-1", NOW, Channel.ONLINE, null, CardEvents.NONE);
        assertEquals(CardStatus.VERIFIED, card.status());
        assertEquals(Optional.of("identity-1"), card.identityIndex());
        assertEquals(Optional.of(NOW), card.verifiedAt());
    }

    @Test
    void aRefusalTakesAFirstTimeCardBackToUnverified() {
        Card card = aCard();
        card.verificationPending();
        card.verificationRefused(Channel.ONLINE, null, NOW, CardEvents.NONE);
        assertEquals(CardStatus.UNVERIFIED, card.status());
    }

    @Test
    void aRefusedReverificationLeavesTheCardNeedingReverification() {
        Card card = aCard();
        card.verifiedFor("identity-1", NOW, Channel.ONLINE, null, CardEvents.NONE);
        card.reverificationRequired(NOW, CardEvents.NONE);
        card.verificationPending();
        card.verificationRefused(Channel.ONLINE, null, NOW, CardEvents.NONE);
        assertEquals(CardStatus.REVERIFICATION_REQUIRED, card.status());
    }

    @Test
    void aRefusalDoesNotTouchAVerifiedCard() {
        Card card = aCard();
        card.verifiedFor("identity-1", NOW, Channel.ONLINE, null, CardEvents.NONE);
        card.verificationRefused(Channel.ONLINE, null, NOW, CardEvents.NONE);
        assertEquals(CardStatus.VERIFIED, card.status());
    }

    @Test
    void aVerifiedCardCannotGoBackToPending() {
        Card card = aCard();
        card.verifiedFor("identity-1", NOW, Channel.ONLINE, null, CardEvents.NONE);
        assertEquals(
                Reason.CARD_ALREADY_VERIFIED,
                assertThrows(Rejection.class, card::verificationPending).code());
    }

    @Test
    void aCardVerifiedForOneIdentityIsNeverAnothersButCanBeReverifiedForTheSame() {
        Card card = aCard();
        card.verifiedFor("identity-1", NOW, Channel.ONLINE, null, CardEvents.NONE);
        assertEquals(
                Reason.CARD_VERIFIED_FOR_ANOTHER_IDENTITY,
                assertThrows(
                                Rejection.class,
                                () -> card.verifiedFor("identity-2", NOW, Channel.ONLINE, null, CardEvents.NONE))
                        .code());
        card.reverificationRequired(NOW, CardEvents.NONE);
        card.verifiedFor("identity-1", NOW.plusSeconds(60), Channel.ONLINE, null, CardEvents.NONE);
        assertEquals(CardStatus.VERIFIED, card.status());
    }

    @Test
    void onlyAVerifiedCardNeedsReverificationWhenItsDocumentExpires() {
        Card unverified = aCard();
        unverified.reverificationRequired(NOW, CardEvents.NONE);
        assertEquals(CardStatus.UNVERIFIED, unverified.status());
        Card verified = aCard();
        verified.verifiedFor("identity-1", NOW, Channel.ONLINE, null, CardEvents.NONE);
        verified.reverificationRequired(NOW, CardEvents.NONE);
        assertEquals(CardStatus.REVERIFICATION_REQUIRED, verified.status());
    }

    @Test
    void everyChangeOfVerificationStatusIsToldOnceWithItsChannel() {
        List<CardEvent> told = new ArrayList<>();
        Card card = aCard();
        UUID application = UUID.randomUUID();
        card.verificationPending();
        card.verificationRefused(Channel.ONLINE, application, NOW, told::add);
        card.verificationRefused(Channel.ONLINE, application, NOW, told::add);
        card.verifiedFor("identity-1", NOW, Channel.OUTLET, application, told::add);
        card.reverificationRequired(NOW, told::add);
        card.reverificationRequired(NOW, told::add);
        card.stoppedByOperator(NOW, told::add);
        card.stoppedByOperator(NOW, told::add);
        assertEquals(
                List.of(
                        CardEvent.Type.VERIFICATION_REJECTED,
                        CardEvent.Type.VERIFIED,
                        CardEvent.Type.REVERIFICATION_REQUIRED,
                        CardEvent.Type.UNVERIFIED),
                told.stream().map(CardEvent::type).toList());
        assertEquals(CardStatus.UNVERIFIED, told.get(0).status());
        assertEquals(Channel.OUTLET, told.get(1).channel());
        assertEquals(Channel.OUTLET, told.get(2).channel());
        assertEquals(CardStatus.UNVERIFIED, card.status());
    }

    @Test
    void aRefusedCaseReferredFromACounterIsToldThoughTheCardWasNeverPending() {
        List<CardEvent> told = new ArrayList<>();
        Card card = aCard();
        card.verificationRefused(Channel.ONLINE, null, NOW, told::add);
        assertEquals(List.of(), told);
        card.verificationRefused(Channel.OUTLET, null, NOW, told::add);
        card.refusedAtCounter(null, NOW, told::add);
        assertEquals(2, told.size());
        assertEquals(CardEvent.Type.VERIFICATION_REJECTED, told.get(1).type());
        assertEquals(CardStatus.UNVERIFIED, card.status());
    }

    @Test
    void aCardVerifiedAtACounterIsClaimedIntoOneAccountOnly() {
        Card atCounter = Card.boundTo(null, new CardNumber("12345678901"), NOW);
        atCounter.verifiedFor("identity-1", NOW, Channel.OUTLET, null, event -> {});
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
