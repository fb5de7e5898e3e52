package com.crossborder.verification.application.model;

import com.crossborder.verification.card.model.CardStatus;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a card's holder may apply online for it: always while it is not verified (UNVERIFIED, or
 * REVERIFICATION_REQUIRED after the document expired); a VERIFIED card only from the day its holder is first warned
 * that the document runs out ({@link #WINDOW_DAYS} days ahead, as the nightly expiry job warns), so that a renewed
 * document can be verified before the card stops being usable. The card stays VERIFIED meanwhile; a refusal leaves it
 * so. A long-term document never opens the window.
 */
public final class OnlineReverification {

    /** The first expiry warning goes out 30 days ahead (ExpiryWatch); from then on the holder may re-verify. */
    public static final int WINDOW_DAYS = 30;

    private OnlineReverification() {}

    /**
     * Refuses with 409 {@code CARD_ALREADY_VERIFIED} when the card is verified and its document does not run out
     * within the window on {@code today}.
     *
     * @param verifiedUntil the expiry of the document the card was verified with; empty for a long-term one
     */
    public static void requireAllowed(CardStatus status, Optional<LocalDate> verifiedUntil, LocalDate today) {
        if (status == CardStatus.VERIFIED && !withinWindow(verifiedUntil, today)) {
            throw Rejection.stateConflict(Reason.CARD_ALREADY_VERIFIED);
        }
    }

    /** Whether the document runs out within the window (or has run out). */
    public static boolean withinWindow(Optional<LocalDate> verifiedUntil, LocalDate today) {
        return verifiedUntil
                .map(expiry -> !expiry.isAfter(today.plusDays(WINDOW_DAYS)))
                .orElse(false);
    }
}
