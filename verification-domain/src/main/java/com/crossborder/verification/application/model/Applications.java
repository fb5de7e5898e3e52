package com.crossborder.verification.application.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** All applications, their declared identities and photos. */
public interface Applications {

    void add(Application application);

    Optional<Application> withId(UUID id);

    /** Up to {@code limit} applications in the given status with ids after {@code after}, in id order (keyset paging). */
    List<Application> inStatusAfter(ApplicationStatus status, UUID after, int limit);

    boolean hasOpenApplicationFor(UUID cardId);

    /** Applications waiting for a reviewer, earliest deadline first. */
    List<Application> reviewQueue(int offset, int limit);

    Optional<DeclaredIdentity> identityOf(UUID applicationId);

    void declare(DeclaredIdentity identity);

    Optional<ApplicationPhoto> photo(UUID applicationId, PhotoKind kind);

    void addPhoto(ApplicationPhoto photo);

    Set<PhotoKind> photoKinds(UUID applicationId);

    /** Name indexes recorded for an identity by approved applications other than {@code except}. */
    Set<String> approvedNamesOf(String identityIndex, UUID except);
}
