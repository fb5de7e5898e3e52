package com.crossborder.verification.batch.review;

import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.batch.job.KeysetReader;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Undecided applications past their deadline that were not escalated yet. */
@Dependent
@Named("overdueApplications")
public class OverdueApplications extends KeysetReader {

    @Inject
    Applications applications;

    @Inject
    BusinessClock clock;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return applications.overdueIdsAfter(clock.now(), after, size);
    }
}
