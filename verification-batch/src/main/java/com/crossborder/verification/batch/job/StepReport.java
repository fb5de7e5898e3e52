package com.crossborder.verification.batch.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A step's outcome counts, as its writer (or, for a partitioned step, its analyzer) keeps them in the step's
 * persistent data: {@code QUEUED → 3, REJECTED → 1}, or those counts per partition. The exit status shows the same
 * counts for people; programs read them from here.
 */
final class StepReport {

    private StepReport() {}

    /** A bad line of an imported file, as the step listed it. */
    record BadLine(String source, int line, String problem) {}

    /** The bad lines a step listed ({@code source:line:PROBLEM} each); empty for steps that list none. */
    static List<BadLine> badLines(Serializable persistentData) {
        List<BadLine> lines = new ArrayList<>();
        // Not map.get("badLines"): a partitioned step's map has Integer keys, and a TreeMap compares the key asked for.
        Object badLines = persistentData instanceof TreeMap<?, ?> map
                ? map.entrySet().stream()
                        .filter(entry -> "badLines".equals(entry.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null)
                : null;
        if (badLines instanceof List<?> listed) {
            for (Object entry : listed) {
                String text = entry.toString();
                int last = text.lastIndexOf(':');
                int middle = text.lastIndexOf(':', last - 1);
                if (middle > 0) {
                    lines.add(new BadLine(
                            text.substring(0, middle),
                            Integer.parseInt(text.substring(middle + 1, last)),
                            text.substring(last + 1)));
                }
            }
        }
        return lines;
    }

    /** The counts of one step, summed over its partitions if it has any. */
    @SuppressWarnings("unchecked")
    static Map<String, Long> outcomes(Serializable persistentData) {
        TreeMap<String, Long> total = new TreeMap<>();
        if (persistentData instanceof TreeMap<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getKey() instanceof String outcome && entry.getValue() instanceof Long count) {
                    total.merge(outcome, count, Long::sum);
                } else if (entry.getKey() instanceof Integer && entry.getValue() instanceof TreeMap<?, ?> partition) {
                    ((TreeMap<String, Long>) partition)
                            .forEach((outcome, count) -> total.merge(outcome, count, Long::sum));
                }
            }
        }
        return total;
    }
}
