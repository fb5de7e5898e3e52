package com.crossborder.verification.batch.keys;

import com.crossborder.verification.batch.job.RunProgress;
import com.crossborder.verification.shared.model.Ciphertexts;
import com.crossborder.verification.shared.usecase.KeyRotation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Writes every ciphertext again under the current key, column by column, a page per transaction; the step's report
 * counts {@code REENCRYPTED} and {@code CURRENT} values. Stopping leaves a consistent state (every value is under
 * some configured key); a restart or the next night simply goes on.
 */
@Dependent
@Named("reencryptCiphertexts")
public class ReencryptCiphertexts extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ReencryptCiphertexts.class.getName());

    @Inject
    KeyRotation rotation;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @Inject
    RunProgress progress;

    @Inject
    @BatchProperty(name = "chunkSize")
    String chunkSize;

    private volatile boolean stopping;

    @Override
    public String process() {
        int size = chunkSize == null || chunkSize.isBlank() ? 200 : Integer.parseInt(chunkSize);
        TreeMap<String, Long> counts = new TreeMap<>();
        counts.put("CURRENT", 0L);
        counts.put("REENCRYPTED", 0L);
        for (Ciphertexts.Column column : rotation.columns()) {
            String after = null;
            KeyRotation.Page page;
            do {
                if (stopping) {
                    step.setPersistentUserData(counts);
                    return BatchStatus.STOPPED.name();
                }
                page = rotation.reencrypt(column, after, size);
                after = page.lastRowKey();
                counts.merge("REENCRYPTED", (long) page.reencrypted(), Long::sum);
                counts.merge("CURRENT", (long) page.current(), Long::sum);
                progress.add(job.getExecutionId(), page.reencrypted() + page.current());
            } while (!page.last());
        }
        step.setPersistentUserData(counts);
        String report = counts.toString().replace("{", "").replace("}", "").replace(" ", "");
        LOG.info(() -> "Key rotation to key " + rotation.currentKeyId() + ": " + report);
        return report;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
