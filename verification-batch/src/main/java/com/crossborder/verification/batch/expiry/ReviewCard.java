package com.crossborder.verification.batch.expiry;

import com.crossborder.verification.application.application.ExpiryWatch;
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

    @Override
    public Object processItem(Object cardId) {
        return watch.reviewCard((UUID) cardId);
    }
}
