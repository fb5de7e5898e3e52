package com.crossborder.verification.application.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** All applications, their declared identities and photos. */
public interface Applications {

    void add(Application application);

    Optional<Application> withId(UUID id);

    boolean hasOpenApplicationFor(UUID cardId);

    /**
     * Ids of applications in a status, after {@code after} and up to {@code last} (null: no bound) in id order: a
     * keyset page for the nightly readers, within one partition's id range.
     */
    List<UUID> idsInStatusAfter(ApplicationStatus status, UUID after, UUID last, int limit);

    /**
     * The last id of each of {@code runs} runs of (nearly) equal length that the applications in a status make in id
     * order; fewer when there are fewer applications: where the nightly job splits its work between partitions.
     */
    List<UUID> runEndsInStatus(ApplicationStatus status, int runs);

    /** Ids of undecided applications past their deadline and not yet escalated, keyset-paged. */
    List<UUID> overdueIdsAfter(java.time.Instant now, UUID after, int limit);

    /** Ids of open applications whose declared document expired before {@code today}, keyset-paged. */
    List<UUID> openWithExpiredDocumentAfter(java.time.LocalDate today, UUID after, int limit);

    /** Ids of cards verified through an approved application whose document expires in [{@code from}, {@code to}], keyset-paged. */
    List<UUID> verifiedCardsExpiringAfter(java.time.LocalDate from, java.time.LocalDate to, UUID after, int limit);

    /** Ids of applications decided before {@code cutoff}, not under legal hold, that still hold photos or scans. */
    List<UUID> imagesDueForPurgeAfter(java.time.Instant cutoff, UUID after, int limit);

    /** Deletes the application's photos and its outlet scans; returns how many images went. */
    int purgeImages(UUID applicationId);

    /** The approved application a verified card rests on, newest first. */
    java.util.Optional<Application> approvedFor(UUID cardId);

    /** Applications waiting for a reviewer, earliest deadline first. */
    List<Application> reviewQueue(int offset, int limit);

    Optional<DeclaredIdentity> identityOf(UUID applicationId);

    void declare(DeclaredIdentity identity);

    /** Name indexes recorded for an identity by approved applications other than {@code except}. */
    Set<String> approvedNamesOf(String identityIndex, UUID except);
}
