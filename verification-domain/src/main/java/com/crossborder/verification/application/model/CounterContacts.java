package com.crossborder.verification.application.model;

import com.crossborder.verification.shared.model.PhoneNumber;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The contact phone recorded at the counter for applications made at an outlet, whose holders may have no account.
 * Implemented by the outlet context, which keeps the visits.
 */
public interface CounterContacts {

    /** The contact phone of each of these applications that was made at a counter. */
    Map<UUID, PhoneNumber> of(Collection<UUID> applicationIds);
}
