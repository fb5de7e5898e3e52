package com.crossborder.verification.batch.review;

import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.batch.job.KeysetReader;
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
    Applications applications;

    @Override
    protected List<UUID> nextPage(UUID after, int size) {
        return applications.idsInStatusAfter(ApplicationStatus.SUBMITTED, after, last(), size);
    }
}
