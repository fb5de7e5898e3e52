package com.crossborder.verification.retention.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Which decided applications still hold images: their own photos, or scans taken at the counter. */
public interface RetainedImages {

    /**
     * Ids of applications decided before {@code cutoff}, not under legal hold, that still hold photos, scans or a
     * declared identity no card is verified by (that of a rejected, withdrawn or expired application, or of an approval
     * the card was approved again after),
     * keyset-paged in id order.
     */
    List<UUID> decidedBeforeAfter(Instant cutoff, UUID after, int limit);

    /**
     * Ids of drafts and re-upload requests last touched at or before {@code cutoff}, not under legal hold, keyset-paged
     * in id order.
     */
    List<UUID> untouchedSinceAfter(Instant cutoff, UUID after, int limit);

    /** Ids of counter scans taken at or before {@code cutoff} that no visit refers to, keyset-paged in id order. */
    List<UUID> orphanScansAfter(Instant cutoff, UUID after, int limit);

    /** Deletes those of these scans still taken at or before {@code cutoff} and referred to by no visit. */
    int removeOrphanScans(Collection<UUID> scanIds, Instant cutoff);

    /** Whether the card was approved again after {@code decidedAt} (a later approval's identity now stands for it). */
    boolean approvedAgainAfter(UUID cardId, Instant decidedAt);

    /** Deletes the identity an application's holder declared; returns how many rows there were (0 or 1). */
    int removeIdentity(UUID applicationId);
}
