package com.crossborder.verification.batch.review;

import com.crossborder.verification.application.application.Screening;
import com.crossborder.verification.batch.job.Drill;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Screens one submitted application with the domain rules, in the chunk's transaction. */
@Dependent
@Named("screenApplication")
public class ScreenApplication implements ItemProcessor {

    @Inject
    Screening screening;

    @Inject
    @BatchProperty(name = "failAfter")
    String failAfter;

    private Drill drill;

    @Override
    public Object processItem(Object applicationId) {
        if (drill == null) {
            drill = new Drill(failAfter);
        }
        drill.count();
        return screening.screen((UUID) applicationId);
    }
}
