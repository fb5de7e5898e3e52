package com.crossborder.verification.account.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** All accounts. */
public interface Accounts {

    Optional<Account> withId(UUID id);

    /** The accounts among {@code ids} that exist, by id. */
    Map<UUID, Account> withIds(Collection<UUID> ids);

    Optional<Account> withUsername(String username);

    /** The applicant whose phone number has this blind index. */
    Optional<Account> withPhoneIndex(String phoneIndex);

    boolean anyWithRole(Role role);

    /** Every staff account (all but applicants), by username. */
    List<Account> staff();

    void add(Account account);
}
