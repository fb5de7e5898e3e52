package com.crossborder.verification.batch.job;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many items each run on this node has written so far. The batch runtime persists a partitioned step's metrics
 * only when the step ends, so a running run's report says 0 until then; the writers count here after every chunk, and
 * an operator watching the run sees it move. A run handled by another node of a cluster has no count here.
 */
@ApplicationScoped
public class RunProgress {

    private final Map<Long, AtomicLong> written = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> totals = new ConcurrentHashMap<>();

    /** A chunk of {@code items} was written for a run of {@code jobName}; also counted in the job's total. */
    public void add(String jobName, long executionId, long items) {
        add(executionId, items);
        totals.computeIfAbsent(jobName, name -> new AtomicLong()).addAndGet(items);
    }

    /** Items written by every run of the job on this node since it started (a metric). */
    public long total(String jobName) {
        AtomicLong total = totals.get(jobName);
        return total == null ? 0 : total.get();
    }

    /** A chunk of {@code items} was written for the run. */
    public void add(long executionId, long items) {
        written.computeIfAbsent(executionId, id -> new AtomicLong()).addAndGet(items);
    }

    /** Items written so far by the run, if it runs (or ran) on this node and has not ended. */
    public OptionalLong of(long executionId) {
        AtomicLong count = written.get(executionId);
        return count == null ? OptionalLong.empty() : OptionalLong.of(count.get());
    }

    /** The run has ended: its report now has the real metrics. */
    public void forget(long executionId) {
        written.remove(executionId);
    }
}
