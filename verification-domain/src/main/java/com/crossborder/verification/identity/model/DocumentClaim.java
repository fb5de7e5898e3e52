package com.crossborder.verification.identity.model;

import java.time.LocalDate;

/**
 * What someone says about a document, before it is checked. Only type and number are required; the
 * other fields are checked when present.
 */
public record DocumentClaim(
        DocumentType type,
        String number,
        String name,
        LocalDate birthDate,
        LocalDate issueDate,
        LocalDate expiryDate,
        Boolean longTerm) {

    public boolean claimsLongTerm() {
        return Boolean.TRUE.equals(longTerm);
    }
}
