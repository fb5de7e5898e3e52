package com.crossborder.verification.batch.retention;

import com.crossborder.verification.batch.job.OutcomeWriter;
import com.crossborder.verification.retention.usecase.Retention;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** Deletes a chunk of counter scans never attached to a visit. */
@Dependent
@Named("purgeOrphanScans")
public class PurgeOrphanScans extends OutcomeWriter {

    @Inject
    Retention retention;

    @Override
    protected List<? extends Enum<?>> apply(List<UUID> ids) {
        return retention.purgeOrphanScans(ids);
    }
}
