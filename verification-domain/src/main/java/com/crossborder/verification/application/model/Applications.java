package com.crossborder.verification.application.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** One page of a holder's own applications, newest first. */
    List<Application> ofApplicant(UUID applicantId, int offset, int limit);

    long countOfApplicant(UUID applicantId);

    /** The applications made for a card at a counter that no account holds yet. */
    List<Application> withoutAccountFor(UUID cardId);

    /** The accounts that applied online with this identity (by its blind index). */
    Set<UUID> applicantsWithIdentity(String identityIndex);

    /** The cards applied for with this identity (by its blind index), online or at a counter. */
    Set<UUID> cardsWithIdentity(String identityIndex);

    /** Records the declared identity, replacing one declared earlier for the same application. */
    void declare(DeclaredIdentity identity);
}
