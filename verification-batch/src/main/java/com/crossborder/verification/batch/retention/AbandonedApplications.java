package com.crossborder.verification.batch.retention;

import com.crossborder.verification.batch.job.KeysetReader;
import com.crossborder.verification.retention.usecase.Retention;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Drafts and re-upload requests left untouched for the configured time, not under legal hold. */
@Dependent
@Named("abandonedApplications")
public class AbandonedApplications extends KeysetReader {

    @Inject
    Retention retention;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return retention.abandonedAfter(after, size);
    }
}
