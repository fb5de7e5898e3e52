package com.crossborder.verification.batch.review;

import com.crossborder.verification.batch.job.OutcomeWriter;
import com.crossborder.verification.review.usecase.Screening;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Marks a chunk of overdue applications as escalated (once each). */
@Dependent
@Named("escalateApplications")
public class EscalateApplications extends OutcomeWriter {

    @Inject
    Screening screening;

    @Override
    protected List<? extends Enum<?>> apply(List<UUID> ids) {
        return screening.escalateAll(ids);
    }
}
