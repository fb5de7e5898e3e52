package com.crossborder.verification.account.application;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.shared.model.ReasonCode;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/** Someone proves who they are with a login name and a password. */
@ApplicationScoped
public class Login {

    private static final int MAX_INPUT = 200;

    private final Accounts accounts;
    private final PasswordHasher hasher;

    /** For the CDI client proxy only. */
    protected Login() {
        this(null, null);
    }

    @Inject
    public Login(Accounts accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /**
     * The account whose password this is. An unknown login costs the same hash as a wrong password and
     * gets the same refusal, so that answers do not tell which logins exist.
     */
    @Transactional
    public Account authenticate(String login, String password) {
        if (login == null || password == null || login.length() > MAX_INPUT || password.length() > MAX_INPUT) {
            hasher.matchAgainstNothing(password == null ? "" : password.substring(0, Math.min(password.length(), MAX_INPUT)));
            throw Rejection.unauthenticated(ReasonCode.INVALID_CREDENTIALS);
        }
        Optional<Account> account = accounts.withUsername(login.strip().toLowerCase(Locale.ROOT));
        if (account.isEmpty()) {
            hasher.matchAgainstNothing(password);
            throw Rejection.unauthenticated(ReasonCode.INVALID_CREDENTIALS);
        }
        if (!account.get().hasPassword(password, hasher)) {
            throw Rejection.unauthenticated(ReasonCode.INVALID_CREDENTIALS);
        }
        return account.get();
    }
}
