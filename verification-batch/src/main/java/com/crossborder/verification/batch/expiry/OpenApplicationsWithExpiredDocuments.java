package com.crossborder.verification.batch.expiry;

import com.crossborder.verification.application.usecase.ExpiryWatch;
import com.crossborder.verification.batch.job.KeysetReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Open applications whose document expired before today's business date. */
@Dependent
@Named("openApplicationsWithExpiredDocuments")
public class OpenApplicationsWithExpiredDocuments extends KeysetReader {

    @Inject
    ExpiryWatch watch;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return watch.openApplicationsExpiredAfter(after, size);
    }
}
