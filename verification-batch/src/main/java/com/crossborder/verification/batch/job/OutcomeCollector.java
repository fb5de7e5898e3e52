package com.crossborder.verification.batch.job;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.TreeMap;

/**
 * Sends the partition's outcome counts so far (kept by {@link OutcomeWriter} in the partition's step data) to the
 * step's {@link OutcomeAnalyzer} after every chunk. The counts are totals, not increments, so a message delivered
 * again or after a restart cannot count anything twice.
 */
@Dependent
@Named("outcomeCollector")
public class OutcomeCollector implements PartitionCollector {

    /** One partition's totals. */
    public record PartitionOutcomes(int partition, TreeMap<String, Long> counts) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    StepContext step;

    @Override
    public Serializable collectPartitionData() {
        // The writer names its partition: the runtime resolves #{partitionPlan[...]} for chunk artifacts, but gave
        // every collector the first partition's values.
        Object partition = step.getTransientUserData();
        return partition == null
                ? null
                : new PartitionOutcomes(Integer.parseInt(partition.toString()), OutcomeWriter.counts(step));
    }
}
