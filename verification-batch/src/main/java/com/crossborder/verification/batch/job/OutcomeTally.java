package com.crossborder.verification.batch.job;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.TreeMap;

/**
 * Counts what the processors did, per outcome. The counts live in the step's persistent data, which is
 * checkpointed with each chunk, so a restarted step goes on counting where it stopped; the step's exit status
 * is the report ({@code QUEUED=3,REJECTED=1}).
 */
@Dependent
@Named("outcomeTally")
public class OutcomeTally extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> outcomes) {
        Serializable stored = step.getPersistentUserData();
        TreeMap<String, Long> counts = stored instanceof TreeMap<?, ?> map ? (TreeMap<String, Long>) map : new TreeMap<>();
        for (Object outcome : outcomes) {
            counts.merge(outcome.toString(), 1L, Long::sum);
        }
        step.setPersistentUserData(counts);
        step.setExitStatus(counts.toString().replace("{", "").replace("}", "").replace(" ", ""));
    }
}
