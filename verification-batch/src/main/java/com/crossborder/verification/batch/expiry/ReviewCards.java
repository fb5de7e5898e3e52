package com.crossborder.verification.batch.expiry;

import com.crossborder.verification.application.usecase.ExpiryWatch;
import com.crossborder.verification.batch.job.OutcomeWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Requires re-verification of, or warns the holders of, a chunk of cards whose document expires. */
@Dependent
@Named("reviewCards")
public class ReviewCards extends OutcomeWriter {

    @Inject
    ExpiryWatch watch;

    @Override
    protected List<? extends Enum<?>> apply(List<UUID> ids) {
        return watch.reviewCards(ids);
    }
}
