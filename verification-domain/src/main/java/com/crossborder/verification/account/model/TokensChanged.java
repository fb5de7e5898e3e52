package com.crossborder.verification.account.model;

import java.util.UUID;

/**
 * What a request reads of an account changed: its tokens changed meaning (password changed, account disabled or
 * enabled) or it chose another language. Forget what was cached.
 */
public record TokensChanged(UUID accountId) {}
