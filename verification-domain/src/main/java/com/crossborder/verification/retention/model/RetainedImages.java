package com.crossborder.verification.retention.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Which decided applications still hold images: their own photos, or scans taken at the counter. */
public interface RetainedImages {

    /**
     * Ids of applications decided before {@code cutoff}, not under legal hold, that still hold photos or scans,
     * keyset-paged in id order.
     */
    List<UUID> decidedBeforeAfter(Instant cutoff, UUID after, int limit);
}
