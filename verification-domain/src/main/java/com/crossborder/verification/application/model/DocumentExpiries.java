package com.crossborder.verification.application.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Where declared documents run out: open applications and verified cards, and the warnings already sent. */
public interface DocumentExpiries {

    /** Ids of open applications whose declared document expired before {@code today}, keyset-paged in id order. */
    List<UUID> openApplicationsExpiredBefore(LocalDate today, UUID after, int limit);

    /**
     * Ids of cards verified through an approved application whose document expires in [{@code from}, {@code to}],
     * keyset-paged in id order.
     */
    List<UUID> verifiedCardsExpiringBetween(LocalDate from, LocalDate to, UUID after, int limit);

    /** Whether the warning {@code daysBefore} the expiry was sent for this card and expiry date. */
    boolean warned(UUID cardId, LocalDate expiry, int daysBefore);

    /** Records the warning; false when it was recorded already (by this run or another node). */
    boolean recordWarning(UUID cardId, LocalDate expiry, int daysBefore, Instant at);
}
