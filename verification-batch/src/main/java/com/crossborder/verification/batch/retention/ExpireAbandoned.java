package com.crossborder.verification.batch.retention;

import com.crossborder.verification.batch.job.OutcomeWriter;
import com.crossborder.verification.retention.usecase.Retention;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Expires a chunk of abandoned applications; their holders are told by SMS. */
@Dependent
@Named("expireAbandoned")
public class ExpireAbandoned extends OutcomeWriter {

    @Inject
    Retention retention;

    @Override
    protected List<? extends Enum<?>> apply(List<UUID> ids) {
        return retention.expireAll(ids);
    }
}
