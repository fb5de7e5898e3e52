package com.crossborder.verification.batch.expiry;

import com.crossborder.verification.application.usecase.ExpiryWatch;
import com.crossborder.verification.batch.job.OutcomeWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Refuses a chunk of open applications whose document expired. */
@Dependent
@Named("rejectExpiredApplications")
public class RejectExpiredApplications extends OutcomeWriter {

    @Inject
    ExpiryWatch watch;

    @Override
    protected List<? extends Enum<?>> apply(List<UUID> ids) {
        return watch.rejectAllIfExpired(ids);
    }
}
