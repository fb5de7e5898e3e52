package com.crossborder.verification.batch.review;

import com.crossborder.verification.batch.job.KeysetReader;
import com.crossborder.verification.review.usecase.Screening;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Every SUBMITTED application of the partition's id range, in id order. */
@Dependent
@Named("submittedApplications")
public class SubmittedApplications extends KeysetReader {

    @Inject
    Screening screening;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return screening.submittedAfter(after, last(), size);
    }
}
