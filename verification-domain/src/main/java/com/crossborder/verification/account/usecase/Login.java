package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.account.usecase.LoginAttempts.Attempt;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Someone proves who they are with a login (phone number for applicants, username for staff) and a password.
 * Unknown logins cost the same hash and get the same refusal as wrong passwords, and lock the same way, so
 * that no answer tells which logins exist. Every attempt is counted before its password is checked, per login and
 * source, per login and per source ({@link LoginAttempts}): a burst of concurrent guesses gets at most the limit
 * judged, and a right password is refused while a lock holds. A locked applicant is told by SMS, once per lock.
 */
@ApplicationScoped
public class Login {

    private static final int MAX_INPUT = 200;

    /**
     * A login that succeeded: the account as read before the password was checked and the instant taken before the
     * check, which its token must carry, so that a password change racing this login ends the token too.
     */
    public record Granted(Account account, Instant issuedAt) {}

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginAttempts attempts;

    @Inject
    BusinessClock clock;

    /** {@code sourceBucket} is the client's address as the failure budgets count it (an IPv6 client by /64). */
    public Granted authenticate(String login, String password, String sourceBucket) {
        if (login == null
                || password == null
                || login.isBlank()
                || login.length() > MAX_INPUT
                || password.length() > MAX_INPUT) {
            hasher.matchAgainstNothing(
                    password == null ? "" : password.substring(0, Math.min(password.length(), MAX_INPUT)));
            throw Rejection.unauthenticated(Reason.INVALID_CREDENTIALS);
        }
        Instant issuedAt = clock.now();
        Attempt attempt = attempts.reserve(login, sourceBucket);
        boolean matches = attempt.found()
                .map(account -> account.hasPassword(password, hasher))
                .orElseGet(() -> dummy(password));
        if (!matches) {
            attempts.failed(attempt);
            throw Rejection.unauthenticated(Reason.INVALID_CREDENTIALS);
        }
        attempts.succeeded(attempt);
        if (attempt.account().isDisabled()) {
            throw Rejection.forbidden(Reason.ACCOUNT_DISABLED);
        }
        return new Granted(attempt.account(), issuedAt);
    }

    private boolean dummy(String password) {
        hasher.matchAgainstNothing(password);
        return false;
    }
}
