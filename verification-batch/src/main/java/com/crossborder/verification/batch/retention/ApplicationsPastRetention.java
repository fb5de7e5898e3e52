package com.crossborder.verification.batch.retention;

import com.crossborder.verification.application.application.Retention;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.batch.job.KeysetReader;
import com.crossborder.verification.shared.model.BusinessClock;
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
    Applications applications;

    @Inject
    Retention.Period period;

    @Inject
    BusinessClock clock;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return applications.imagesDueForPurgeAfter(clock.now().minus(period.afterDecision()), after, size);
    }
}
