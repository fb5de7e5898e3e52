package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.LoginPolicy;
import com.crossborder.verification.account.model.LoginThrottle;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.account.model.SmsCodes;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.notification.usecase.Notifications;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Someone proves who they are with a login (phone number for applicants, username for staff) and a password.
 * Unknown logins cost the same hash and get the same refusal as wrong passwords, and lock the same way, so
 * that no answer tells which logins exist. A locked applicant is told by SMS.
 */
@ApplicationScoped
public class Login {

    private static final int MAX_INPUT = 200;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PhoneProtection protection;

    @Inject
    SmsCodes throttles;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    LoginPolicy policy;

    @Inject
    BusinessClock clock;

    @Transactional(dontRollbackOn = Rejection.class)
    public Account authenticate(String login, String password) {
        if (login == null
                || password == null
                || login.isBlank()
                || login.length() > MAX_INPUT
                || password.length() > MAX_INPUT) {
            hasher.matchAgainstNothing(
                    password == null ? "" : password.substring(0, Math.min(password.length(), MAX_INPUT)));
            throw Rejection.unauthenticated(Reason.INVALID_CREDENTIALS);
        }
        String loginKey = protection.loginKey(login);
        Optional<Duration> locked = throttles.loginThrottleLocked(loginKey).flatMap(t -> t.lockedFor(clock.now()));
        if (locked.isPresent()) {
            hasher.matchAgainstNothing(password);
            throw Rejection.rateLimited(Reason.LOGIN_LOCKED, locked.get());
        }
        Optional<Account> account = find(login);
        boolean matches = account.isPresent() ? account.get().hasPassword(password, hasher) : dummy(password);
        if (matches) {
            throttles.loginThrottleLocked(loginKey).ifPresent(LoginThrottle::succeeded);
            return account.get();
        }
        LoginThrottle throttle = throttles.loginThrottleLockedOrNew(loginKey);
        if (throttle.failed(policy, clock.now()) && account.isPresent()) {
            lockedOut(account.get());
        }
        throw Rejection.unauthenticated(Reason.INVALID_CREDENTIALS);
    }

    private Optional<Account> find(String login) {
        try {
            return accounts.withPhoneIndex(protection.index(PhoneNumber.parse(login)));
        } catch (Rejection notAPhoneNumber) {
            return accounts.withUsername(login.strip().toLowerCase(Locale.ROOT));
        }
    }

    private boolean dummy(String password) {
        hasher.matchAgainstNothing(password);
        return false;
    }

    private void lockedOut(Account account) {
        account.phoneEncrypted()
                .map(protection::decrypt)
                .ifPresent(phone -> notifications.send(
                        phone,
                        SmsTemplate.ACCOUNT_LOCKED,
                        Map.of("minutes", Long.toString(policy.lockDuration().toMinutes())),
                        account.language()));
        audit.record(
                Actor.system("login"),
                "LOGIN_LOCKED",
                "Account",
                account.id().toString(),
                "minutes=" + policy.lockDuration().toMinutes());
    }
}
