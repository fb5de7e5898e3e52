package com.crossborder.verification.batch.expiry;

import com.crossborder.verification.application.application.ExpiryWatch;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;

/** Refuses one open application whose document expired. */
@Dependent
@Named("rejectExpired")
public class RejectExpired implements ItemProcessor {

    @Inject
    ExpiryWatch watch;

    @Override
    public Object processItem(Object applicationId) {
        return watch.rejectIfExpired((UUID) applicationId);
    }
}
