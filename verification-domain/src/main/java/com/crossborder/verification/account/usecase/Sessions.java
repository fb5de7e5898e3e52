package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Who a signed-in caller is, and whether a token issued to them still holds (a password change ends older ones). */
@ApplicationScoped
public class Sessions {

    @Inject
    Accounts accounts;

    /** The caller's account; a token whose account is gone is no longer a login. */
    @Transactional
    public Account me(UUID accountId) {
        return accounts.withId(accountId).orElseThrow(() -> Rejection.unauthenticated(Reason.UNAUTHORIZED));
    }

    /** Whether the account still exists and accepts a token issued at {@code issuedAt}. */
    @Transactional
    public boolean acceptsToken(UUID accountId, Instant issuedAt) {
        return accounts.withId(accountId)
                .map(account -> account.acceptsTokenIssuedAt(issuedAt))
                .orElse(false);
    }
}
