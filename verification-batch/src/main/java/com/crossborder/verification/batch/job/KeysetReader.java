package com.crossborder.verification.batch.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Reads ids in keyset pages (never OFFSET, so a page costs the same at row one million as at row one); the
 * checkpoint is the last id handed out, so a restart resumes right after it. In a partitioned step the
 * properties {@code after} and {@code last} bound the partition's id range (see {@link IdRangePartitions}).
 */
public abstract class KeysetReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @Inject
    @BatchProperty(name = "after")
    String rangeAfter;

    @Inject
    @BatchProperty(name = "last")
    String rangeLast;

    private final Deque<UUID> page = new ArrayDeque<>();
    private UUID lastRead;
    private boolean exhausted;

    /** The next ids after {@code after} (null: from the start), in id order. */
    protected abstract List<UUID> nextPage(UUID after, int size);

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint != null ? UUID.fromString(checkpoint.toString()) : bound(rangeAfter);
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<UUID> next = nextPage(lastRead, PAGE);
            page.addAll(next);
            exhausted = next.size() < PAGE;
        }
        UUID id = page.poll();
        if (id != null) {
            lastRead = id;
        }
        return id;
    }

    /** The last id of this reader's range; null when it has no upper bound. */
    protected UUID last() {
        return bound(rangeLast);
    }

    private static UUID bound(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead == null ? null : lastRead.toString();
    }
}
