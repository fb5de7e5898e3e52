package com.crossborder.verification.account.model;

import java.util.UUID;

/** An account's tokens changed meaning (password changed, account disabled or enabled): forget what was cached. */
public record TokensChanged(UUID accountId) {}
