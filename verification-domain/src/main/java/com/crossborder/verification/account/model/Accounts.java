package com.crossborder.verification.account.model;

import java.util.Optional;
import java.util.UUID;

/** All accounts. */
public interface Accounts {

    Optional<Account> withId(UUID id);

    Optional<Account> withUsername(String username);

    /** The applicant whose phone number has this blind index. */
    Optional<Account> withPhoneIndex(String phoneIndex);

    boolean anyWithRole(Role role);

    void add(Account account);
}
