package com.crossborder.verification.batch.retention;

import com.crossborder.verification.batch.job.KeysetReader;
import com.crossborder.verification.retention.usecase.Retention;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Counter scans never attached to a visit, older than the configured time. */
@Dependent
@Named("orphanScans")
public class OrphanScans extends KeysetReader {

    @Inject
    Retention retention;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return retention.orphanScansAfter(after, size);
    }
}
