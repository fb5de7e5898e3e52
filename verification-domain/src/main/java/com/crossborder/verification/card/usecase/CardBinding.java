package com.crossborder.verification.card.usecase;

import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** An applicant adds a card to their account; a card already on any account cannot be added again. */
@ApplicationScoped
public class CardBinding {

    @Inject
    Cards cards;

    @Inject
    CardNumber.Format format;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public Card bind(Actor applicant, String rawNumber) {
        CardNumber number = CardNumber.parse(rawNumber, format);
        // The same answer whoever holds it: it must not reveal that, or whether, someone else does.
        if (cards.withNumber(number.value()).isPresent()) {
            throw Rejection.stateConflict(Reason.CARD_UNAVAILABLE);
        }
        Card card = Card.boundTo(UUID.fromString(applicant.id()), number, clock.now());
        try {
            cards.add(card);
        } catch (PersistenceException raced) {
            throw Rejection.stateConflict(Reason.CARD_UNAVAILABLE);
        }
        audit.record(applicant, "CARD_BOUND", "Card", card.id().toString(), "card=****" + number.lastFour());
        return card;
    }

    @Transactional
    public List<Card> cardsOf(Actor applicant) {
        return cards.heldBy(UUID.fromString(applicant.id()));
    }
}
