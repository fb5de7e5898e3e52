package com.crossborder.verification.batch.job;

import com.crossborder.verification.job.usecase.JobLeasing;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Gives the job's lease back when a run ends, however it ends, and drops its live count. */
@Dependent
@Named("releaseLease")
public class ReleaseLease extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    JobLeasing lease;

    @Inject
    RunProgress progress;

    @Override
    public void afterJob() {
        progress.forget(job.getExecutionId());
        lease.release(job.getJobName());
    }
}
