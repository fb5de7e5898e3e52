package com.crossborder.verification.review.model;

import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.shared.model.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules that hold across records, used by online submission, review, the outlet and the nightly screening:
 * one identity carries one name everywhere; a card verified for one identity is never another's; an identity
 * has at most {@code limit} verified cards.
 */
public final class IdentityPolicies {

    private IdentityPolicies() {}

    /** Every rule this declaration breaks; empty when it may be approved. */
    public static List<Reason> screen(
            String identityIndex,
            String nameIndex,
            Set<String> namesRecordedForIdentity,
            Card card,
            long cardsVerifiedForIdentity,
            int cardsPerIdentityLimit) {
        List<Reason> problems = new ArrayList<>();
        if (!namesRecordedForIdentity.isEmpty() && !namesRecordedForIdentity.contains(nameIndex)) {
            problems.add(Reason.NAME_CONFLICT);
        }
        boolean cardIsThisIdentitys =
                card.identityIndex().map(identityIndex::equals).orElse(false);
        if (card.identityIndex().isPresent() && !cardIsThisIdentitys) {
            problems.add(Reason.CARD_VERIFIED_FOR_ANOTHER_IDENTITY);
        }
        // A card re-verified for the same identity is already counted and does not add to the total.
        long afterApproval = cardsVerifiedForIdentity + (cardIsThisIdentitys ? 0 : 1);
        if (afterApproval > cardsPerIdentityLimit) {
            problems.add(Reason.CARDS_PER_IDENTITY_LIMIT);
        }
        return problems;
    }
}
