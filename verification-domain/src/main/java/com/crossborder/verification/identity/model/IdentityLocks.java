package com.crossborder.verification.identity.model;

import java.util.Collection;

/**
 * One lock per person (per identity blind index), held until the transaction ends: every approval takes it first, so
 * that two approvals for one identity (a reviewer, an outlet, the nightly auto-approval) are judged one after the
 * other and the cards-per-identity limit and name consistency hold.
 *
 * <p>Lock order, everywhere: identity locks (several in ascending index order), then applications, then cards. The
 * nightly screening locks a chunk's identities before its applications and cards, a request locks its one identity
 * before touching its application or card, so the two never wait on each other in a circle.
 */
public interface IdentityLocks {

    /** Locks the identity (its row is made on first use). */
    void lock(String identityIndex);

    /** Locks the identities in ascending order. */
    void lockAll(Collection<String> identityIndexes);
}
