package com.crossborder.verification.batch.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Hands a chunk of ids to a domain use case that applies it in a transaction of its own, then counts the outcomes.
 * The counts live in the step's persistent data, checkpointed with each chunk, so a restarted step goes on
 * counting where it stopped; the step's exit status is the report ({@code QUEUED=3,REJECTED=1}). The use case,
 * not the chunk transaction, commits the domain changes: the batch runtime keeps its checkpoints in another
 * database, and a two-phase commit across both would need prepared transactions that PostgreSQL disables by
 * default. A chunk applied but not yet checkpointed when a node dies is read again on restart and skipped item
 * by item, since every use case checks the state first.
 */
public abstract class OutcomeWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @Inject
    RunProgress progress;

    @Inject
    @BatchProperty(name = "failAfter")
    String failAfter;

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    private Drill drill;

    /** Applies the chunk; one outcome per id. */
    protected abstract List<? extends Enum<?>> apply(List<UUID> ids);

    @Override
    public void writeItems(List<Object> items) {
        if (drill == null) {
            drill = new Drill(failAfter);
        }
        items.forEach(item -> drill.count());
        List<? extends Enum<?>> outcomes =
                apply(items.stream().map(UUID.class::cast).toList());
        TreeMap<String, Long> counts = counts(step);
        outcomes.forEach(outcome -> counts.merge(outcome.name(), 1L, Long::sum));
        step.setPersistentUserData(counts);
        step.setExitStatus(report(counts));
        progress.add(job.getJobName(), job.getExecutionId(), items.size());
        if (partition != null && !partition.isBlank()) {
            step.setTransientUserData(partition);
        }
    }

    /** The outcomes counted so far in this step (or partition). */
    @SuppressWarnings("unchecked")
    static TreeMap<String, Long> counts(StepContext step) {
        Serializable stored = step.getPersistentUserData();
        return stored instanceof TreeMap<?, ?> map ? new TreeMap<>((TreeMap<String, Long>) map) : new TreeMap<>();
    }

    /** Counts as the step's exit status: {@code QUEUED=3,REJECTED=1}. */
    static String report(TreeMap<String, Long> counts) {
        return counts.toString().replace("{", "").replace("}", "").replace(" ", "");
    }
}
