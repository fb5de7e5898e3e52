package com.crossborder.verification.card.usecase;

import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.CardStatus;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.card.model.Channel;
import com.crossborder.verification.shared.model.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The card operator asks a card's verification status: status and channel only, never who holds it. */
@ApplicationScoped
public class OperatorCards {

    /** What the operator sees of a card; a card we never saw is UNVERIFIED. */
    public record CardStatusView(String cardNumber, CardStatus status, Channel channel, Instant verifiedAt) {}

    @Inject
    Cards cards;

    @Inject
    CardNumber.Format format;

    @Inject
    AuditLog audit;

    @Transactional
    public CardStatusView status(Actor operator, String rawNumber) {
        CardNumber number = CardNumber.parse(rawNumber, format);
        Optional<Card> card = cards.withNumber(number.value());
        audit.recordOperation(operator, "CARD_STATUS_VIEWED", "Card", "****" + number.lastFour(), "");
        return card.map(c -> new CardStatusView(
                        number.value(),
                        c.status(),
                        c.status() == CardStatus.UNVERIFIED
                                ? null
                                : c.verifiedChannel().orElse(null),
                        c.verifiedAt().orElse(null)))
                .orElseGet(() -> new CardStatusView(number.value(), CardStatus.UNVERIFIED, null, null));
    }
}
