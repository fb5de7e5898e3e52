package com.crossborder.verification.card.usecase;

import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardCheckPolicy;
import com.crossborder.verification.card.model.CardCheckThrottle;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.CardRegistry;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.card.model.CheckCode;
import com.crossborder.verification.card.model.RegisteredCard;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An applicant adds a card to their account with the check code printed on it (proof of possession): only a card the
 * operator's registry knows as ACTIVE, and only once on any account. Unknown numbers and wrong codes count against
 * the account, wrong codes also against the card; past the limits binding is refused with 429 for a while.
 */
@ApplicationScoped
public class CardBinding {

    @Inject
    Cards cards;

    @Inject
    CardRegistry registry;

    @Inject
    CheckCodes checkCodes;

    @Inject
    CardNumber.Format format;

    @Inject
    CardCheckPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** Failures are counted in this transaction, which a refusal does not roll back. */
    @Transactional(dontRollbackOn = Rejection.class)
    public Card bind(Actor applicant, String rawNumber, String rawCheckCode) {
        CardNumber number = CardNumber.parse(rawNumber, format);
        CheckCode code = CheckCode.parse(rawCheckCode);
        Instant now = clock.now();
        CardCheckThrottle byAccount = registry.throttleLockedOrNew(CardCheckThrottle.forAccount(applicant.id()));
        CardCheckThrottle byCard = registry.throttleLockedOrNew(CardCheckThrottle.forCard(number));
        Optional<Duration> locked = longer(byAccount.lockedFor(now), byCard.lockedFor(now));
        if (locked.isPresent()) {
            throw Rejection.rateLimited(Reason.CARD_CHECK_LOCKED, locked.get());
        }
        Optional<RegisteredCard> registered = registry.registered(number.value());
        if (registered.isEmpty()) {
            failed(applicant, number, byAccount, null, "unknown");
            throw Rejection.onField("cardNumber", Reason.CARD_UNKNOWN);
        }
        if (!registered.get().checkCodeMatches(checkCodes.hash(number, code))) {
            failed(applicant, number, byAccount, byCard, "check-code");
            throw Rejection.onField("checkCode", Reason.CARD_CHECK_FAILED);
        }
        byAccount.succeeded();
        if (registered.get().status().stopsUse()) {
            throw Rejection.ruleViolated(Reason.CARD_BLOCKED);
        }
        // The same answer whoever holds it: it must not reveal that, or whether, someone else does.
        if (cards.withNumber(number.value()).isPresent()) {
            throw Rejection.stateConflict(Reason.CARD_UNAVAILABLE);
        }
        Card card = Card.boundTo(UUID.fromString(applicant.id()), number, now);
        try {
            cards.add(card);
        } catch (PersistenceException raced) {
            throw Rejection.stateConflict(Reason.CARD_UNAVAILABLE);
        }
        audit.record(applicant, "CARD_BOUND", "Card", card.id().toString(), "card=****" + number.lastFour());
        return card;
    }

    private void failed(
            Actor applicant, CardNumber number, CardCheckThrottle byAccount, CardCheckThrottle byCard, String what) {
        Instant now = clock.now();
        boolean accountLocked = byAccount.failed(policy.maxFailuresPerAccount(), policy.lockDuration(), now);
        boolean cardLocked = byCard != null && byCard.failed(policy.maxFailuresPerCard(), policy.lockDuration(), now);
        audit.record(
                applicant,
                "CARD_CHECK_FAILED",
                "Card",
                "****" + number.lastFour(),
                "failure=" + what + (accountLocked ? " account-locked" : "") + (cardLocked ? " card-locked" : ""));
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    @Transactional
    public List<Card> cardsOf(Actor applicant) {
        return cards.heldBy(UUID.fromString(applicant.id()));
    }
}
