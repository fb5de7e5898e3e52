package com.crossborder.verification.outlet.infrastructure;

import com.crossborder.verification.account.usecase.PhoneProtection;
import com.crossborder.verification.application.model.CounterContacts;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.shared.model.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The contact phones that counter visits recorded, for telling holders without an account. */
@ApplicationScoped
public class OutletCounterContacts implements CounterContacts {

    @Inject
    OutletVisits visits;

    @Inject
    PhoneProtection phones;

    @Override
    public Map<UUID, PhoneNumber> of(Collection<UUID> applicationIds) {
        Map<UUID, PhoneNumber> contacts = new HashMap<>();
        for (OutletVisit visit : visits.ofApplications(applicationIds)) {
            contacts.put(visit.applicationId(), phones.decrypt(visit.contactPhoneEncrypted()));
        }
        return contacts;
    }
}
