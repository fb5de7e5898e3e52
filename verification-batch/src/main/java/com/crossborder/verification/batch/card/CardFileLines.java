package com.crossborder.verification.batch.card;

import com.crossborder.verification.card.usecase.CardRegistryImports;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * The line numbers of the received files named by {@code files}, file after file, in keyset pages; the checkpoint is
 * {@code <file index>:<last line>}, so a restart resumes right after the last line handed out.
 */
@Dependent
@Named("cardFileLines")
public class CardFileLines extends AbstractItemReader {

    static final int PAGE = 1000;

    /** One line of one file. */
    public record Line(int fileIndex, UUID fileId, int lineNo) {}

    @Inject
    @BatchProperty(name = "files")
    String files;

    @Inject
    CardRegistryImports imports;

    private List<UUID> fileIds;
    private int fileIndex;
    private int lastLine;
    private final Deque<Line> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        fileIds = files == null || files.isBlank()
                ? List.of()
                : Arrays.stream(files.split(","))
                        .map(String::strip)
                        .map(UUID::fromString)
                        .toList();
        if (checkpoint != null) {
            String[] at = checkpoint.toString().split(":");
            fileIndex = Integer.parseInt(at[0]);
            lastLine = Integer.parseInt(at[1]);
        }
    }

    @Override
    public Object readItem() {
        while (page.isEmpty() && fileIndex < fileIds.size()) {
            UUID file = fileIds.get(fileIndex);
            List<Integer> next = imports.lineNumbersAfter(file, lastLine, PAGE);
            if (next.isEmpty()) {
                fileIndex++;
                lastLine = 0;
            } else {
                int index = fileIndex;
                next.forEach(line -> page.add(new Line(index, file, line)));
            }
        }
        Line line = page.poll();
        if (line != null) {
            lastLine = line.lineNo();
        }
        return line;
    }

    @Override
    public Serializable checkpointInfo() {
        return fileIndex + ":" + lastLine;
    }
}
