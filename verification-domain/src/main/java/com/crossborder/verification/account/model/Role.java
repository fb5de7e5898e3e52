package com.crossborder.verification.account.model;

/** What an account may do; carried in the token's {@code groups} claim. */
public enum Role {
    /** A card holder verifying their own cards online. */
    APPLICANT,
    /** Staff at a service outlet, verifying holders in person. */
    OUTLET_STAFF,
    /** Back office, deciding online applications. */
    REVIEWER,
    /** Operator: staff accounts, outlets, holidays, nightly jobs, audit. */
    ADMIN,
    /** The card operator's systems and staff: card verification status, no personal data. */
    OPERATOR,
    /** Customer service: finds holders by phone, card or document, sees their cases and SMS, sends reset codes. */
    CUSTOMER_SERVICE;

    /** Roles an administrator may give to a staff account. */
    public boolean isStaff() {
        return this != APPLICANT;
    }
}
