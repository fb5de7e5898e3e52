package com.crossborder.verification.batch.expiry;

import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.batch.job.KeysetReader;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Verified cards whose document has expired or expires within 30 days. */
@Dependent
@Named("verifiedCardsNearExpiry")
public class VerifiedCardsNearExpiry extends KeysetReader {

    private static final LocalDate ANY_TIME = LocalDate.of(1900, 1, 1);

    @Inject
    Applications applications;

    @Inject
    BusinessClock clock;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return applications.verifiedCardsExpiringAfter(ANY_TIME, clock.today().plusDays(30), after, size);
    }
}
