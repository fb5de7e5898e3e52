package com.crossborder.verification.card.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All cards. */
public interface Cards {

    void add(Card card);

    Optional<Card> withId(UUID id);

    Optional<Card> withNumber(String cardNumber);

    List<Card> heldBy(UUID holderId);

    /** How many cards are VERIFIED for this identity. */
    long verifiedFor(String identityIndex);
}
