package com.crossborder.verification.batch.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * Splits the ids at the run's {@code bounds} (measured when it started: {@link PartitionBounds}) into id ranges of
 * equal counts of SUBMITTED applications, so that as many threads screen side by side, each in its own
 * transactions with its own checkpoint; a restart re-runs only the partitions that had not finished, from their
 * checkpoints, in the same ranges (after a process died in the middle, the partitions start again over the same
 * ranges: see {@link #FRESH}). Range k is ({@code after}, {@code last}]; the first has no lower bound and the
 * last no upper bound, so the ranges cover every id, an application submitted during the run included.
 */
@Dependent
@Named("idRangePartitions")
public class IdRangePartitions implements PartitionMapper {

    static final int MAX_PARTITIONS = 16;

    /** Four measured fastest on two cores: while one partition waits for the database, another works. */
    static final int DEFAULT_PARTITIONS = 4;

    @Inject
    @BatchProperty(name = "bounds")
    String bounds;

    /**
     * The restart parameter asking for new partitions rather than the resumption of the previous run's: set when that
     * run's process died, since the batch runtime then knows neither how many partitions it had nor where they were.
     */
    static final String FRESH = "freshPartitions";

    @Inject
    @BatchProperty(name = "fresh")
    String fresh;

    @Override
    public PartitionPlan mapPartitions() {
        PartitionPlan plan = plan(bounds == null || bounds.isBlank() ? List.of() : List.of(bounds.split(",")));
        plan.setPartitionsOverride("true".equals(fresh));
        return plan;
    }

    /** The plan for the given upper bounds of every partition but the last. */
    static PartitionPlan plan(List<String> bounds) {
        int count = bounds.size() + 1;
        PartitionPlan plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        Properties[] ranges = new Properties[count];
        for (int k = 0; k < count; k++) {
            ranges[k] = new Properties();
            ranges[k].setProperty("partition", Integer.toString(k));
            ranges[k].setProperty("after", k == 0 ? "" : bounds.get(k - 1));
            ranges[k].setProperty("last", k == count - 1 ? "" : bounds.get(k));
        }
        plan.setPartitionProperties(ranges);
        return plan;
    }

    /** The number of partitions asked for, 1 to {@value #MAX_PARTITIONS}. */
    static int count(String partitions) {
        int count =
                partitions == null || partitions.isBlank() ? DEFAULT_PARTITIONS : Integer.parseInt(partitions.strip());
        if (count < 1 || count > MAX_PARTITIONS) {
            throw new IllegalArgumentException("partitions must be between 1 and " + MAX_PARTITIONS);
        }
        return count;
    }
}
