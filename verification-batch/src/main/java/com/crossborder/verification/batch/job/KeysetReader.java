package com.crossborder.verification.batch.job;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * Reads ids in keyset pages (never OFFSET, so a page costs the same at row one million as at row one); the
 * checkpoint is the last id handed out, so a restart resumes right after it.
 */
public abstract class KeysetReader extends AbstractItemReader {

    static final int PAGE = 1000;

    private final Deque<UUID> page = new ArrayDeque<>();
    private UUID lastRead;
    private boolean exhausted;

    /** The next ids after {@code after} (null: from the start), in id order. */
    protected abstract List<UUID> nextPage(UUID after, int size);

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? null : UUID.fromString(checkpoint.toString());
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

    @Override
    public Serializable checkpointInfo() {
        return lastRead == null ? null : lastRead.toString();
    }
}
