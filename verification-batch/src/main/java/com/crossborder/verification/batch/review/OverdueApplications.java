package com.crossborder.verification.batch.review;

import com.crossborder.verification.batch.job.KeysetReader;
import com.crossborder.verification.review.usecase.Screening;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Undecided applications past their deadline that were not escalated yet. */
@Dependent
@Named("overdueApplications")
public class OverdueApplications extends KeysetReader {

    @Inject
    Screening screening;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return screening.overdueAfter(after, size);
    }
}
