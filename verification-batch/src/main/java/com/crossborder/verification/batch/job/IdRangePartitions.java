package com.crossborder.verification.batch.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the id space (random UUIDs, compared as lower-case text) into {@code partitions} equal ranges, so that as
 * many threads screen side by side, each in its own transactions with its own checkpoint; a restart re-runs only
 * the partitions that had not finished, from their checkpoints. Range k is ({@code after}, {@code last}]; the first
 * has no lower bound and the last no upper bound.
 */
@Dependent
@Named("idRangePartitions")
public class IdRangePartitions implements PartitionMapper {

    static final int MAX_PARTITIONS = 16;

    /** Four measured fastest on two cores: while one partition waits for the database, another works. */
    static final int DEFAULT_PARTITIONS = 4;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int count = count(partitions);
        PartitionPlan plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(count);
        Properties[] ranges = new Properties[count];
        for (int k = 0; k < count; k++) {
            ranges[k] = new Properties();
            ranges[k].setProperty("partition", Integer.toString(k));
            ranges[k].setProperty("after", k == 0 ? "" : lastIdBefore(start(k, count)));
            ranges[k].setProperty("last", k == count - 1 ? "" : lastIdBefore(start(k + 1, count)));
        }
        plan.setPartitionProperties(ranges);
        return plan;
    }

    /** The number of partitions asked for, 1 to {@value #MAX_PARTITIONS}. */
    static int count(String partitions) {
        int count = partitions == null || partitions.isBlank() ? DEFAULT_PARTITIONS : Integer.parseInt(partitions.strip());
        if (count < 1 || count > MAX_PARTITIONS) {
            throw new IllegalArgumentException("partitions must be between 1 and " + MAX_PARTITIONS);
        }
        return count;
    }

    /** The first 32 bits of range k's first id. */
    static long start(int k, int count) {
        return (k * (1L << 32)) / count;
    }

    /** The greatest id whose first 32 bits are below {@code start}. */
    static String lastIdBefore(long start) {
        return String.format("%08x-ffff-ffff-ffff-ffffffffffff", start - 1);
    }
}
