package com.crossborder.verification.review.model;

import java.util.Set;

/** What earlier approvals recorded for an identity, for the rules that hold across records. */
public interface IdentityRecords {

    /** Name indexes recorded for an identity by approved applications. */
    Set<String> approvedNamesOf(String identityIndex);
}
