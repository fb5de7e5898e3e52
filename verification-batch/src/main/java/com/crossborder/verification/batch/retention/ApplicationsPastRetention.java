package com.crossborder.verification.batch.retention;

import com.crossborder.verification.batch.job.KeysetReader;
import com.crossborder.verification.retention.usecase.Retention;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Decided applications past the retention period that still hold images and are not under legal hold. */
@Dependent
@Named("applicationsPastRetention")
public class ApplicationsPastRetention extends KeysetReader {

    @Inject
    Retention retention;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return retention.dueAfter(after, size);
    }
}
