package com.crossborder.verification.batch.review;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** First version: passes every submitted application on unchanged; the screening rules come later. */
@Dependent
@Named("screeningProcessor")
public class ScreeningProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object applicationId) {
        return applicationId;
    }
}
