package com.crossborder.verification.batch.review;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** First version: changes nothing; records how many applications the step saw in its exit status. */
@Dependent
@Named("screeningWriter")
public class ScreeningWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    private long seen;

    @Override
    public void writeItems(List<Object> applicationIds) {
        seen += applicationIds.size();
        step.setExitStatus("SEEN " + seen);
    }
}
