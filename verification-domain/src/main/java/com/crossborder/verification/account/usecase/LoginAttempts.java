package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.LoginPolicy;
import com.crossborder.verification.account.model.LoginScope;
import com.crossborder.verification.account.model.LoginThrottle;
import com.crossborder.verification.account.model.LoginThrottles;
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
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The counting around one password check, each step in its own short transaction so that no row stays locked while
 * a password is hashed: {@link #reserve} counts the attempt on rows that exist and are locked (refusing at once when
 * any is locked), the check runs, then {@link #succeeded} gives the attempt back or {@link #failed} tells the holder
 * of a new lock (at most once per lock period).
 */
@ApplicationScoped
public class LoginAttempts {

    /** An attempt counted under its three keys; {@code account} is null for an unknown login. */
    public record Attempt(String pairKey, String loginKey, String sourceKey, Account account) {

        public Optional<Account> found() {
            return Optional.ofNullable(account);
        }
    }

    @Inject
    LoginThrottles throttles;

    @Inject
    Accounts accounts;

    @Inject
    PhoneProtection protection;

    @Inject
    LoginPolicy policy;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** Counts an attempt for {@code login} from {@code sourceBucket}, or refuses it as locked without judging it. */
    @Transactional(TxType.REQUIRES_NEW)
    public Attempt reserve(String login, String sourceBucket) {
        String loginKey = protection.loginKey(login);
        String pairKey = protection.loginSourceKey(login, sourceBucket);
        String sourceKey = protection.sourceKey(sourceBucket);
        Instant now = clock.now();
        List<LoginThrottle> counters = lockAll(pairKey, loginKey, sourceKey);
        Optional<Duration> wait = counters.stream()
                .map(counter -> counter.lockedFor(now))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        if (wait.isPresent()) {
            throw Rejection.rateLimited(Reason.LOGIN_LOCKED, wait.get());
        }
        counters.forEach(counter -> counter.reserve(policy, now));
        return new Attempt(pairKey, loginKey, sourceKey, find(login).orElse(null));
    }

    /** The password was right: the login's counters start again, the source gets this attempt back. */
    @Transactional(TxType.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        List<LoginThrottle> counters = lockAll(attempt.pairKey(), attempt.loginKey(), attempt.sourceKey());
        counters.get(0).succeeded();
        counters.get(1).succeeded();
        counters.get(2).giveBack(policy);
    }

    /** The password was wrong (already counted): if the login is now locked, tell its holder once per lock period. */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(Attempt attempt) {
        if (attempt.account() == null) {
            return;
        }
        Instant now = clock.now();
        LoginThrottle pair = throttles.locked(attempt.pairKey(), LoginScope.PAIR, attempt.loginKey());
        LoginThrottle login = throttles.locked(attempt.loginKey(), LoginScope.LOGIN, null);
        if ((pair.lockedFor(now).isPresent() || login.lockedFor(now).isPresent()) && login.noticeDue(policy, now)) {
            lockedOut(attempt.account(), login.lockedFor(now).isPresent() ? "all sources" : "one source");
        }
    }

    /** When the latest lock on the account's login ends, if one holds now (customer service sees it). */
    public Optional<Instant> lockedUntil(Account account) {
        return throttles.lockedUntil(protection.loginKey(login(account)), clock.now());
    }

    /** Customer service or an administrator lifts every lock of the account's login; returns the locks lifted. */
    @Transactional(TxType.MANDATORY)
    public int unlock(Account account) {
        return throttles.unlockLogin(protection.loginKey(login(account)), clock.now());
    }

    private String login(Account account) {
        return account.username()
                .orElseGet(() -> account.phoneEncrypted()
                        .map(protection::decrypt)
                        .map(PhoneNumber::e164)
                        .orElseThrow());
    }

    private List<LoginThrottle> lockAll(String pairKey, String loginKey, String sourceKey) {
        // Always in this order: two requests never wait on each other in a circle.
        return List.of(
                throttles.locked(pairKey, LoginScope.PAIR, loginKey),
                throttles.locked(loginKey, LoginScope.LOGIN, null),
                throttles.locked(sourceKey, LoginScope.SOURCE, null));
    }

    private Optional<Account> find(String login) {
        try {
            return accounts.withPhoneIndex(protection.index(PhoneNumber.parse(login)));
        } catch (Rejection notAPhoneNumber) {
            return accounts.withUsername(login.strip().toLowerCase(Locale.ROOT));
        }
    }

    private void lockedOut(Account account, String scope) {
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
                "minutes=" + policy.lockDuration().toMinutes() + " scope=" + scope);
    }
}
