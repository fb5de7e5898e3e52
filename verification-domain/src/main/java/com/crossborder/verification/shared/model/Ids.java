package com.crossborder.verification.shared.model;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;
import java.util.UUID;

/**
 * Ids for new records: time-ordered UUIDs (version 7: 48 bits of Unix milliseconds, then 74 random bits). Records
 * made together sit together in the primary key's index and in the table, so the nightly job, which works in id
 * order, reads and writes neighbouring pages instead of pages spread over the whole table. The random part keeps
 * ids unguessable; an id does tell the millisecond it was made.
 */
public final class Ids {

    private static final TimeBasedEpochRandomGenerator GENERATOR = Generators.timeBasedEpochRandomGenerator();

    private Ids() {}

    public static UUID next() {
        return GENERATOR.generate();
    }
}
