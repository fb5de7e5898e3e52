package com.crossborder.verification.application.usecase;

import com.crossborder.verification.application.model.ApplicationTallies;
import com.crossborder.verification.application.model.ApplicationTally;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What operators watch about applications: submitted and decided by channel, queue depth, SLA breaches. */
@ApplicationScoped
public class ApplicationStatistics {

    @Inject
    ApplicationTallies tallies;

    @Inject
    BusinessClock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ApplicationTally now() {
        return tallies.tally(clock.now());
    }
}
