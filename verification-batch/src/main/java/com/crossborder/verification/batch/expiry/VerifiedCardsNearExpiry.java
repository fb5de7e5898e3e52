package com.crossborder.verification.batch.expiry;

import com.crossborder.verification.application.usecase.ExpiryWatch;
import com.crossborder.verification.batch.job.KeysetReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Verified cards whose document has expired or expires within 30 days. */
@Dependent
@Named("verifiedCardsNearExpiry")
public class VerifiedCardsNearExpiry extends KeysetReader {

    @Inject
    ExpiryWatch watch;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return watch.cardsToReviewAfter(after, size);
    }
}
