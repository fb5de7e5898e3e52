package com.crossborder.verification.review.model;

import com.crossborder.verification.application.model.Application;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Gathers what the screening rules need, with a fixed number of queries for each thousand applications asked for. */
public interface ScreeningCases {

    /**
     * The applications among {@code ids} that are still SUBMITTED, locked with their cards until the transaction
     * ends (so a reviewer or another node cannot change them meanwhile), in id order.
     */
    List<ScreeningCase> lockSubmitted(Collection<UUID> ids);

    /** The identity indexes declared for these applications (not locked), to lock them first. */
    List<String> identityIndexesOf(Collection<UUID> ids);

    /** The cases of applications already loaded, in the order given, for the reviewers' screens; nothing is locked. */
    List<ScreeningCase> of(List<Application> applications);
}
