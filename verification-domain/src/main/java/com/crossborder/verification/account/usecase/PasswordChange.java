package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.account.model.PasswordPolicy;
import com.crossborder.verification.account.model.TokensChanged;
import com.crossborder.verification.account.usecase.LoginAttempts.Attempt;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.notification.usecase.Notifications;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * Anyone signed in changes their own password with the current one; every token issued before (this one included)
 * stops working. A wrong current password counts against the login's failure budgets like a wrong login, so a stolen
 * token cannot be used to guess the password.
 */
@ApplicationScoped
public class PasswordChange {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginAttempts attempts;

    @Inject
    PhoneProtection protection;

    @Inject
    Notifications notifications;

    @Inject
    Event<TokensChanged> tokensChanged;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Inject
    PasswordChange self;

    public void change(Actor caller, String currentPassword, String newPassword, String sourceBucket) {
        Account account = self.account(UUID.fromString(caller.id()));
        String login = loginOf(account);
        try {
            PasswordPolicy.check(
                    newPassword,
                    account.username().orElseGet(() -> PhoneNumber.ofE164(login).national()));
        } catch (Rejection weak) {
            throw Rejection.onField("newPassword", weak.code());
        }
        Attempt attempt = attempts.reserve(login, sourceBucket);
        if (currentPassword == null || !account.hasPassword(currentPassword, hasher)) {
            attempts.failed(attempt);
            throw Rejection.onField("currentPassword", Reason.CURRENT_PASSWORD_WRONG);
        }
        attempts.succeeded(attempt);
        self.store(caller, account.id(), hasher.hash(newPassword));
    }

    /** For {@link #change} only (its own short transaction). */
    @Transactional
    public Account account(UUID id) {
        return accounts.withId(id).orElseThrow(() -> Rejection.unauthenticated(Reason.UNAUTHORIZED));
    }

    /** For {@link #change} only (its own short transaction). */
    @Transactional
    public void store(Actor caller, UUID accountId, String newHash) {
        Account account = account(accountId);
        account.changePassword(newHash, clock.now());
        tokensChanged.fire(new TokensChanged(account.id()));
        account.phoneEncrypted()
                .map(protection::decrypt)
                .ifPresent(phone -> notifications.send(phone, SmsTemplate.PASSWORD_CHANGED, Map.of()));
        audit.record(caller, "PASSWORD_CHANGED", "Account", account.id().toString(), "");
    }

    private String loginOf(Account account) {
        return account.username()
                .orElseGet(() -> account.phoneEncrypted()
                        .map(protection::decrypt)
                        .map(PhoneNumber::e164)
                        .orElseThrow());
    }
}
