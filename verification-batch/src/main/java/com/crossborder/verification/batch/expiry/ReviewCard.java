package com.crossborder.verification.batch.expiry;

import com.crossborder.verification.application.application.ExpiryWatch;
import com.crossborder.verification.batch.job.Drill;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Requires re-verification of, or warns the holder of, one card whose document expires. */
@Dependent
@Named("reviewCard")
public class ReviewCard implements ItemProcessor {

    @Inject
    ExpiryWatch watch;

    @Inject
    @BatchProperty(name = "failAfter")
    String failAfter;

    private Drill drill;

    @Override
    public Object processItem(Object cardId) {
        if (drill == null) {
            drill = new Drill(failAfter);
        }
        drill.count();
        return watch.reviewCard((UUID) cardId);
    }
}
