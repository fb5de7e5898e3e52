package com.crossborder.verification.support.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.Role;
import com.crossborder.verification.account.usecase.LoginAttempts;
import com.crossborder.verification.account.usecase.PhoneProtection;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.identity.usecase.IdentityProtection;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.support.model.HolderKey;
import com.crossborder.verification.support.model.SupportReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Customer service finds holders by an exact key, through the blind indexes (nothing is decrypted to search, and no
 * partial match exists): the account of a phone number; the account holding a card; the accounts that applied with a
 * document, online, or hold a card verified with it. Every lookup is audited with who, why, the key (masked) and what
 * it found, whether or not it found anything.
 */
@ApplicationScoped
public class HolderLookup {

    /** A holder found, with the cards on their account and whether their login is locked now. */
    public record Found(Account account, List<Card> cards, boolean locked) {}

    @Inject
    Accounts accounts;

    @Inject
    Cards cards;

    @Inject
    Applications applications;

    @Inject
    PhoneProtection phones;

    @Inject
    IdentityProtection identities;

    @Inject
    LoginAttempts logins;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public List<Found> find(Actor staff, HolderKey key, SupportReason why) {
        Set<UUID> ids = holdersBy(key);
        List<Found> found = new ArrayList<>();
        for (Account account : accounts.withIds(ids).values()) {
            if (account.role() == Role.APPLICANT) {
                found.add(new Found(account, cards.heldBy(account.id()), locked(account)));
            }
        }
        found.sort((a, b) -> a.account().createdAt().compareTo(b.account().createdAt()));
        audit.record(
                staff,
                "HOLDER_LOOKUP",
                "Account",
                found.size() == 1 ? found.get(0).account().id().toString() : "-",
                "by=" + key.kind() + " key=" + key.masked() + " found=" + ids(found) + " why=" + why.text());
        return found;
    }

    private boolean locked(Account account) {
        return logins.lockedUntil(account).isPresent();
    }

    private Set<UUID> holdersBy(HolderKey key) {
        if (key instanceof HolderKey.Phone phone) {
            return accounts.withPhoneIndex(phones.index(phone.phone()))
                    .map(account -> Set.of(account.id()))
                    .orElse(Set.of());
        }
        if (key instanceof HolderKey.Card card) {
            return cards.withNumber(card.number().value())
                    .flatMap(Card::holderId)
                    .map(Set::of)
                    .orElse(Set.of());
        }
        return holdersOf(identities.identityIndex(((HolderKey.Document) key).number()));
    }

    private Set<UUID> holdersOf(String identityIndex) {
        Set<UUID> ids = new LinkedHashSet<>(applications.applicantsWithIdentity(identityIndex));
        for (UUID cardId : applications.cardsWithIdentity(identityIndex)) {
            cards.withId(cardId)
                    .filter(card ->
                            card.identityIndex().filter(identityIndex::equals).isPresent())
                    .flatMap(Card::holderId)
                    .ifPresent(ids::add);
        }
        return ids;
    }

    private static String ids(Collection<Found> found) {
        return found.isEmpty()
                ? "none"
                : found.stream().map(f -> f.account().id().toString()).collect(Collectors.joining(","));
    }
}
