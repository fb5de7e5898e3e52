package com.crossborder.verification.batch.card;

import com.crossborder.verification.batch.job.Drill;
import com.crossborder.verification.batch.job.RunProgress;
import com.crossborder.verification.card.usecase.CardRegistryImports;
import com.crossborder.verification.card.usecase.CardRegistryImports.LineOutcome;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Applies a chunk of lines through the domain, per file, and counts the outcomes (REGISTERED, UPDATED, UNCHANGED and
 * each line problem) in the step's persistent data, where the run report reads them; the bad lines themselves are
 * listed there too by source and line number (the first {@value #MAX_LISTED}).
 */
@Dependent
@Named("applyCardFileLines")
public class ApplyCardFileLines extends AbstractItemWriter {

    /** The key under which the bad lines are listed, each as {@code source:line:PROBLEM}. */
    public static final String BAD_LINES = "badLines";

    static final int MAX_LISTED = 1000;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @Inject
    RunProgress progress;

    @Inject
    CardRegistryImports imports;

    @Inject
    @BatchProperty(name = "failAfter")
    String failAfter;

    private Drill drill;
    private final Map<UUID, String> sources = new LinkedHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        if (drill == null) {
            drill = new Drill(failAfter);
        }
        items.forEach(item -> drill.count());
        Map<UUID, List<Integer>> byFile = new LinkedHashMap<>();
        for (Object item : items) {
            CardFileLines.Line line = (CardFileLines.Line) item;
            byFile.computeIfAbsent(line.fileId(), file -> new ArrayList<>()).add(line.lineNo());
        }
        Serializable stored = step.getPersistentUserData();
        TreeMap<String, Object> report =
                stored instanceof TreeMap<?, ?> map ? new TreeMap<>((TreeMap<String, Object>) map) : new TreeMap<>();
        ArrayList<String> bad = report.get(BAD_LINES) instanceof ArrayList<?> listed
                ? new ArrayList<>((ArrayList<String>) listed)
                : new ArrayList<>();
        for (Map.Entry<UUID, List<Integer>> file : byFile.entrySet()) {
            String source = sources.computeIfAbsent(file.getKey(), imports::source);
            for (LineOutcome outcome : imports.apply(file.getKey(), file.getValue())) {
                report.merge(outcome.outcome(), 1L, (a, b) -> (Long) a + (Long) b);
                if (outcome.bad() && bad.size() < MAX_LISTED) {
                    bad.add(source + ":" + outcome.line() + ":" + outcome.outcome());
                }
            }
        }
        report.put(BAD_LINES, bad);
        step.setPersistentUserData(report);
        TreeMap<String, Long> counts = new TreeMap<>();
        report.forEach((key, value) -> {
            if (value instanceof Long count) {
                counts.put(key, count);
            }
        });
        step.setExitStatus(counts.toString().replace("{", "").replace("}", "").replace(" ", ""));
        progress.add(job.getExecutionId(), items.size());
    }
}
