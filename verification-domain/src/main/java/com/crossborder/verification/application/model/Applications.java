package com.crossborder.verification.application.model;

import java.util.Optional;
import java.util.UUID;

/** All applications with their declared identities: the aggregate's own collection. */
public interface Applications {

    void add(Application application);

    Optional<Application> withId(UUID id);

    /**
     * Reads the application again and locks its row until the transaction ends: changes to one application (two
     * uploads of the same photo at once, an upload and the submission) then run one after the other.
     */
    void lockForChange(Application application);

    /** Whether the card has an application that is not decided yet. */
    boolean hasOpenApplicationFor(UUID cardId);

    /** The approved application a verified card rests on, the newest if several. */
    Optional<Application> approvedFor(UUID cardId);

    Optional<DeclaredIdentity> identityOf(UUID applicationId);

    /** Records the declared identity, replacing one declared earlier for the same application. */
    void declare(DeclaredIdentity identity);
}
