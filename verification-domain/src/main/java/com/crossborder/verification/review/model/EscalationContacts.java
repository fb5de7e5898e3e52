package com.crossborder.verification.review.model;

import com.crossborder.verification.shared.model.PhoneNumber;
import java.util.List;

/**
 * The operators told by SMS when applications pass their review deadline (one message per escalation batch,
 * each application counted once). None configured: the escalation is only recorded in the audit trail and the log.
 */
public record EscalationContacts(List<PhoneNumber> phones) {

    public EscalationContacts {
        phones = List.copyOf(phones);
    }
}
