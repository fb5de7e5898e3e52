package com.crossborder.verification.application.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** All applications. */
public interface Applications {

    Optional<Application> withId(UUID id);

    /** Up to {@code limit} applications in the given status with ids after {@code after}, in id order (keyset paging). */
    List<Application> inStatusAfter(ApplicationStatus status, UUID after, int limit);
}
