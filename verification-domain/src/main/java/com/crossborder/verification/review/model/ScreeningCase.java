package com.crossborder.verification.review.model;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.PhotoCheck;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.shared.model.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the screening rules look at for one application: what was declared, the card, the names already
 * approved for the same identity, how many cards are verified for it, whether the same card has an open
 * application submitted earlier, and the recorded checks of the photos. Gathered for a whole nightly chunk at
 * once, and for a single application on the reviewer's screen: both judge with {@link #problems}.
 *
 * @param identity null when nothing was declared (which submission does not allow)
 * @param card     null when the application names no card on record (which binding does not allow)
 * @param photos   the checks of the photos on record; none for an application made at an outlet counter
 * @param cardStopped the card operator's file calls the card LOST or BLOCKED
 */
public record ScreeningCase(
        Application application,
        DeclaredIdentity identity,
        Card card,
        Set<String> approvedNames,
        long cardsVerifiedForIdentity,
        boolean earlierOpenApplicationForCard,
        Map<PhotoKind, PhotoCheck> photos,
        boolean cardStopped) {

    public ScreeningCase {
        Objects.requireNonNull(application, "application");
        approvedNames = Set.copyOf(approvedNames);
        photos = Map.copyOf(photos);
    }

    public ScreeningCase(
            Application application,
            DeclaredIdentity identity,
            Card card,
            Set<String> approvedNames,
            long cardsVerifiedForIdentity,
            boolean earlierOpenApplicationForCard,
            Map<PhotoKind, PhotoCheck> photos) {
        this(
                application,
                identity,
                card,
                approvedNames,
                cardsVerifiedForIdentity,
                earlierOpenApplicationForCard,
                photos,
                false);
    }

    /**
     * Every rule the application breaks on {@code today} (business date), the one to tell the applicant first;
     * empty when nothing stands in the way of approval.
     */
    public List<Reason> problems(LocalDate today, ReviewSettings settings, PhotoRules photoRules) {
        List<Reason> problems = new ArrayList<>();
        if (identity == null || card == null) {
            problems.add(Reason.INFORMATION_MISMATCH);
            return problems;
        }
        if (cardStopped) {
            // Reported to reviewers first: a lost or blocked card is not verified, whatever else holds.
            problems.add(Reason.CARD_BLOCKED);
        }
        if (identity.isExpiredOn(today)) {
            problems.add(Reason.DOCUMENT_EXPIRED);
        }
        if (earlierOpenApplicationForCard) {
            problems.add(Reason.DUPLICATE_APPLICATION);
        }
        problems.addAll(IdentityPolicies.screen(
                identity.identityIndex(),
                identity.nameIndex(),
                approvedNames,
                card,
                cardsVerifiedForIdentity,
                settings.cardsPerIdentity()));
        if (!photosAcceptable(photoRules)) {
            problems.add(Reason.PHOTO_UNCLEAR);
        }
        return problems;
    }

    /** Online photos come as a set of three, each meeting the rules in force; an outlet application has none. */
    private boolean photosAcceptable(PhotoRules rules) {
        if (photos.isEmpty()) {
            return true;
        }
        return photos.keySet().containsAll(EnumSet.allOf(PhotoKind.class))
                && photos.values().stream().allMatch(rules::accepts);
    }
}
