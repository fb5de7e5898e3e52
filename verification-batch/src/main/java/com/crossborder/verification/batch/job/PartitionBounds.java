package com.crossborder.verification.batch.job;

import com.crossborder.verification.review.usecase.Screening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where a run of {@code pending-review} splits the SUBMITTED applications between its partitions: at equal counts,
 * measured when the run starts and handed to it as the job parameter {@code bounds}. A restart carries the
 * parameter over, so each partition resumes its checkpoint in the id range it started with, however the data has
 * changed since.
 */
@ApplicationScoped
public class PartitionBounds {

    @Inject
    Screening screening;

    /** The upper bound of each partition but the last, comma-separated. */
    public String measure(int partitions) {
        return String.join(",", of(screening.submittedRunEnds(partitions), partitions));
    }

    /**
     * The {@code partitions - 1} upper bounds that split the ids at the given run ends. With fewer runs than
     * partitions (fewer applications than partitions) the partitions past the last run get empty ranges; with
     * none at all, the last partition takes everything.
     */
    static List<String> of(List<UUID> runEnds, int partitions) {
        List<String> bounds = new ArrayList<>();
        String previous = new UUID(0, 0).toString();
        for (int k = 0; k < partitions - 1; k++) {
            if (k < runEnds.size()) {
                previous = runEnds.get(k).toString();
            }
            bounds.add(previous);
        }
        return bounds;
    }
}
