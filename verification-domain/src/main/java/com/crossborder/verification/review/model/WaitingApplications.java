package com.crossborder.verification.review.model;

import com.crossborder.verification.application.model.Application;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Applications waiting for screening or a reviewer, as the queue and the nightly job read them. */
public interface WaitingApplications {

    /** Ids of SUBMITTED applications after {@code after} and up to {@code last} (null: no bound), keyset-paged in id order. */
    List<UUID> submittedAfter(UUID after, UUID last, int limit);

    /**
     * The last id of each of {@code runs} runs of (nearly) equal length that the SUBMITTED applications make in id
     * order; fewer when there are fewer applications: where the nightly job splits its work between partitions.
     */
    List<UUID> submittedRunEnds(int runs);

    /** Ids of undecided applications past their deadline and not yet escalated, keyset-paged in id order. */
    List<UUID> overdueAfter(Instant now, UUID after, int limit);

    /** Applications waiting for a reviewer, earliest deadline first. */
    List<Application> queue(int offset, int limit);
}
