package com.crossborder.verification.application.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An application as a person reads it: the application, the declared identity (masked data only) and its history. */
public record ApplicationRecord(
        Application application, Optional<DeclaredIdentity> identity, List<HistoryEntry> history) {

    /** One step in the application's history: when, what, and the role of who did it. */
    public record HistoryEntry(Instant at, String action, String actorRole) {}

    public ApplicationRecord {
        Objects.requireNonNull(application, "application");
        history = List.copyOf(history);
    }
}
