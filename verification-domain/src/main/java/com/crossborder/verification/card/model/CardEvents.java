package com.crossborder.verification.card.model;

/**
 * Where a card's status changes are told, in the transaction that makes them (the webhook outbox). {@link Card} is the
 * one place that calls it: every change of a card's verification status goes through one of its methods.
 */
public interface CardEvents {

    void changed(CardEvent event);

    /** Tells nobody (for tests of the card alone). */
    CardEvents NONE = event -> {};
}
