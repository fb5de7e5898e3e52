package com.crossborder.verification.application.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.CodeGenerator;
import com.crossborder.verification.account.model.PhoneThrottle;
import com.crossborder.verification.account.model.SmsCode;
import com.crossborder.verification.account.model.SmsCodePolicy;
import com.crossborder.verification.account.model.SmsCodePurpose;
import com.crossborder.verification.account.model.SmsCodes;
import com.crossborder.verification.account.usecase.CodeCheck;
import com.crossborder.verification.account.usecase.PhoneProtection;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.CounterContacts;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.identity.model.DocumentNumber;
import com.crossborder.verification.identity.model.DocumentType;
import com.crossborder.verification.identity.usecase.IdentityProtection;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.notification.usecase.Notifications;
import com.crossborder.verification.shared.crypto.BlindIndex;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A holder verified at an outlet takes the card into their app account: a one-time code goes by SMS to the contact
 * phone recorded at the counter, and the holder proves the card with that code and their document, whose identity
 * must be the one the card was verified for (compared through the blind index).
 *
 * <p>Nothing tells a caller whether a card exists or can be claimed: asking for a code does the same work and gives
 * the same answer for any well-formed number (a code row and the limits are kept under the card's claim key; the SMS
 * goes only when there is a counter phone to send it to), and a claim of a card that cannot be claimed fails like a
 * wrong code. The code is used up before the document is compared, so each guess of a document costs a new code:
 * at most {@code perNumberPerDay} a card a day, {@code resendCooldown} apart.
 */
@ApplicationScoped
public class CardClaims {

    /** The claim in the holder's words. */
    public record Claim(String cardNumber, String documentType, String documentNumber, String code) {}

    @Inject
    Cards cards;

    @Inject
    CardNumber.Format cardFormat;

    @Inject
    Applications applications;

    @Inject
    CounterContacts counterContacts;

    @Inject
    Accounts accounts;

    @Inject
    SmsCodes codes;

    @Inject
    CodeCheck codeCheck;

    @Inject
    CodeGenerator generator;

    @Inject
    SmsCodePolicy policy;

    @Inject
    PhoneProtection phones;

    @Inject
    IdentityProtection identities;

    @Inject
    BlindIndex index;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** Sends a claim code to the card's counter phone, if it has one; the answer is the same either way. */
    @Transactional
    public void sendCode(Actor holder, String rawCardNumber) {
        CardNumber number = CardNumber.parse(rawCardNumber, cardFormat);
        String clientKey = phones.clientKey("claim:" + holder.id());
        if (codes.countFromClientSince(clientKey, clock.now().minus(Duration.ofHours(1)))
                >= policy.perClientPerHour()) {
            throw Rejection.rateLimited(Reason.SMS_CLIENT_LIMIT, Duration.ofMinutes(10));
        }
        String claimKey = claimKey(number);
        PhoneThrottle throttle = codes.phoneThrottleLocked(claimKey);
        Optional<Duration> wait = throttle.waitBeforeSending(policy, clock);
        if (wait.isPresent()) {
            throw Rejection.rateLimited(Reason.SMS_RATE_LIMITED, wait.get());
        }
        throttle.sent(clock);
        String code = generator.sixDigits();
        codes.add(new SmsCode(claimKey, SmsCodePurpose.CARD_CLAIM, code, phones, clientKey, policy, clock.now()));
        Optional<Claimable> claimable = claimable(number, UUID.fromString(holder.id()));
        Language language = accounts.withId(UUID.fromString(holder.id()))
                .map(Account::language)
                .orElse(Language.DEFAULT);
        claimable.ifPresent(card -> notifications.send(
                card.counterPhone(),
                SmsTemplate.CARD_CLAIM_CODE,
                Map.of(
                        "code",
                        code,
                        "minutes",
                        Long.toString(policy.lifetime().toMinutes()),
                        "card",
                        number.lastFour()),
                language));
        audit.record(
                holder,
                "CARD_CLAIM_CODE_REQUESTED",
                "Card",
                claimable.map(c -> c.card().id().toString()).orElse("-"),
                "card=****" + number.lastFour() + " sent=" + claimable.isPresent());
    }

    /**
     * Takes the card into the holder's account with the code and the document. The code is used up first; a card that
     * cannot be claimed, or a document that is not the card's, is refused with {@code CARD_CLAIM_FAILED}.
     */
    @Transactional(dontRollbackOn = Rejection.class)
    public Card claim(Actor holder, Claim claim) {
        CardNumber number = CardNumber.parse(claim.cardNumber(), cardFormat);
        DocumentType type = DocumentType.fromCode(claim.documentType())
                .orElseThrow(() -> Rejection.onField("documentType", Reason.DOCUMENT_TYPE_UNKNOWN));
        DocumentNumber document = DocumentNumber.parse(type, claim.documentNumber(), clock.today());
        codeCheck.consume(claimKey(number), SmsCodePurpose.CARD_CLAIM, claim.code());
        UUID account = UUID.fromString(holder.id());
        Claimable claimable =
                claimable(number, account).orElseThrow(() -> Rejection.ruleViolated(Reason.CARD_CLAIM_FAILED));
        Card card = claimable.card();
        if (!card.identityIndex().orElse("").equals(identities.identityIndex(document))) {
            audit.record(
                    holder,
                    "CARD_CLAIM_REFUSED",
                    "Card",
                    card.id().toString(),
                    "card=****" + number.lastFour() + " document=" + document.masked());
            throw Rejection.ruleViolated(Reason.CARD_CLAIM_FAILED);
        }
        card.claimInto(account);
        List<Application> counterApplications = applications.withoutAccountFor(card.id());
        counterApplications.forEach(application -> application.joinAccount(account));
        audit.record(
                holder,
                "CARD_CLAIMED",
                "Card",
                card.id().toString(),
                "card=****" + number.lastFour() + " document=" + document.masked() + " applications="
                        + counterApplications.size());
        return card;
    }

    /** A card verified at a counter, held by no account (or already by this one), with the phone recorded there. */
    private record Claimable(Card card, PhoneNumber counterPhone) {}

    private Optional<Claimable> claimable(CardNumber number, UUID account) {
        return cards.withNumber(number.value())
                .filter(card -> card.heldByNobody() || card.belongsTo(account))
                .filter(card -> card.identityIndex().isPresent())
                .flatMap(card -> applications
                        .approvedFor(card.id())
                        .flatMap(approved -> Optional.ofNullable(
                                counterContacts.of(List.of(approved.id())).get(approved.id())))
                        .map(phone -> new Claimable(card, phone)));
    }

    /** What a card's claim codes and their limits are kept under: never the card number in clear. */
    private String claimKey(CardNumber number) {
        return index.of("card-claim", number.value());
    }
}
