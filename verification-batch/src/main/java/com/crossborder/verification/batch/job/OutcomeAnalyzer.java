package com.crossborder.verification.batch.job;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.TreeMap;

/**
 * Adds up the partitions' outcome counts into the step's report ({@code QUEUED=3,REJECTED=1} as its exit status),
 * keeping each partition's latest totals in the step's persistent data so that a restart, which re-runs only the
 * unfinished partitions, still reports the finished ones.
 */
@Dependent
@Named("outcomeAnalyzer")
public class OutcomeAnalyzer extends AbstractPartitionAnalyzer {

    @Inject
    StepContext step;

    @Override
    @SuppressWarnings("unchecked")
    public void analyzeCollectorData(Serializable data) {
        if (!(data instanceof OutcomeCollector.PartitionOutcomes outcomes)) {
            return;
        }
        Serializable stored = step.getPersistentUserData();
        TreeMap<Integer, TreeMap<String, Long>> partitions =
                stored instanceof TreeMap<?, ?> map ? (TreeMap<Integer, TreeMap<String, Long>>) map : new TreeMap<>();
        partitions.put(outcomes.partition(), outcomes.counts());
        step.setPersistentUserData(partitions);
        TreeMap<String, Long> total = new TreeMap<>();
        partitions
                .values()
                .forEach(counts -> counts.forEach((outcome, count) -> total.merge(outcome, count, Long::sum)));
        step.setExitStatus(OutcomeWriter.report(total));
    }
}
