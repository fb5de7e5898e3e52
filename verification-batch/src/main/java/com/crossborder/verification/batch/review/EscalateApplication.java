package com.crossborder.verification.batch.review;

import com.crossborder.verification.application.application.Screening;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Marks one overdue application as escalated (once). */
@Dependent
@Named("escalateApplication")
public class EscalateApplication implements ItemProcessor {

    @Inject
    Screening screening;

    @Override
    public Object processItem(Object applicationId) {
        return screening.escalate((UUID) applicationId);
    }
}
