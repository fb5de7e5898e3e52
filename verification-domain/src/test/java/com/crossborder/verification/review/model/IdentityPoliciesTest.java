package com.crossborder.verification.review.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardEvents;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.Channel;
import com.crossborder.verification.shared.model.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityPoliciesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final int LIMIT = 5;

    private static Card freshCard() {
        return Card.boundTo(UUID.randomUUID(), new CardNumber("12345678901"), NOW);
    }

    private static Card cardVerifiedFor(String identity) {
        Card card = freshCard();
        card.verifiedFor(identity, NOW, Channel.ONLINE, null, CardEvents.NONE);
        return card;
    }

    private static List<Reason> screen(Set<String> names, Card card, long verified) {
        return IdentityPolicies.screen("identity-1", "name-1", names, card, verified, LIMIT);
    }

    @Test
    void aFirstDeclarationOnAFreshCardBreaksNoRule() {
        assertEquals(List.of(), screen(Set.of(), freshCard(), 0));
    }

    @Test
    void theSameNameAsBeforeIsFineAnotherNameConflicts() {
        assertEquals(List.of(), screen(Set.of("name-1"), freshCard(), 1));
        assertEquals(List.of(Reason.NAME_CONFLICT), screen(Set.of("name-2"), freshCard(), 1));
        assertEquals(List.of(), screen(Set.of("name-1", "name-2"), freshCard(), 1));
    }

    @Test
    void aCardVerifiedForAnotherIdentityIsRefused() {
        assertEquals(
                List.of(Reason.CARD_VERIFIED_FOR_ANOTHER_IDENTITY), screen(Set.of(), cardVerifiedFor("identity-2"), 0));
    }

    @Test
    void theCardThatWouldGoOverTheLimitIsRefused() {
        assertEquals(List.of(), screen(Set.of(), freshCard(), LIMIT - 1));
        assertEquals(List.of(Reason.CARDS_PER_IDENTITY_LIMIT), screen(Set.of(), freshCard(), LIMIT));
    }

    @Test
    void reverifyingACardOfTheSameIdentityDoesNotCountItTwice() {
        assertEquals(List.of(), screen(Set.of("name-1"), cardVerifiedFor("identity-1"), LIMIT));
    }

    @Test
    void everyBrokenRuleIsReportedInOrder() {
        assertEquals(
                List.of(
                        Reason.NAME_CONFLICT,
                        Reason.CARD_VERIFIED_FOR_ANOTHER_IDENTITY,
                        Reason.CARDS_PER_IDENTITY_LIMIT),
                screen(Set.of("name-2"), cardVerifiedFor("identity-2"), LIMIT));
    }
}
