package com.crossborder.verification.application.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationRecord;
import com.crossborder.verification.application.model.ApplicationRecord.HistoryEntry;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.audit.usecase.AuditQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Puts an application's record together for whoever may read it: identity (masked) and history from the audit trail. */
@ApplicationScoped
public class ApplicationRecords {

    @Inject
    Applications applications;

    @Inject
    AuditQueries audit;

    /** The record of an application the caller was already found entitled to see. */
    @Transactional
    public ApplicationRecord of(Application application) {
        return new ApplicationRecord(
                application,
                applications.identityOf(application.id()),
                audit.historyOf("Application", application.id().toString()).stream()
                        .map(event -> new HistoryEntry(event.occurredAt(), event.action(), event.actorRole()))
                        .toList());
    }
}
