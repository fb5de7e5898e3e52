package com.crossborder.verification.batch.review;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

/**
 * Reads the ids of SUBMITTED applications in keyset pages (never OFFSET); the checkpoint is the last id
 * handed out, so a restart resumes right after it.
 */
@Dependent
@Named("submittedApplicationReader")
public class SubmittedApplicationReader extends AbstractItemReader {

    @Inject
    Applications applications;

    @Inject
    @BatchProperty(name = "pageSize")
    String pageSize;

    private final Deque<UUID> page = new ArrayDeque<>();
    private UUID lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? null : UUID.fromString(checkpoint.toString());
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            int size = pageSize == null ? 200 : Integer.parseInt(pageSize);
            UUID after = lastRead;
            applications.inStatusAfter(ApplicationStatus.SUBMITTED, after, size).stream()
                    .map(Application::id)
                    .forEach(page::add);
            exhausted = page.size() < size;
        }
        UUID next = page.poll();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead == null ? null : lastRead.toString();
    }
}
