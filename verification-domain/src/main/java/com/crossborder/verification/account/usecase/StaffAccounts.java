package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.CodeGenerator;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.account.model.PasswordPolicy;
import com.crossborder.verification.account.model.TokensChanged;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * An administrator's staff lifecycle: list, disable (its tokens stop at once), enable, and reset a forgotten password
 * to a temporary one shown once. An administrator cannot disable or reset their own account (another one must), so
 * that the last administrator cannot lock everyone out by mistake.
 */
@ApplicationScoped
public class StaffAccounts {

    /** A reset's outcome: the temporary password, shown to the administrator once and never stored in clear. */
    public record Reset(Account account, String temporaryPassword) {}

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    CodeGenerator generator;

    @Inject
    LoginAttempts attempts;

    @Inject
    Event<TokensChanged> tokensChanged;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public List<Account> list() {
        return accounts.staff();
    }

    @Transactional
    public Account disable(Actor admin, UUID accountId) {
        Account account = otherStaff(admin, accountId);
        account.disable(clock.now());
        tokensChanged.fire(new TokensChanged(account.id()));
        audit.record(admin, "STAFF_DISABLED", "Account", account.id().toString(), "");
        return account;
    }

    @Transactional
    public Account enable(Actor admin, UUID accountId) {
        Account account = otherStaff(admin, accountId);
        account.enable();
        tokensChanged.fire(new TokensChanged(account.id()));
        audit.record(admin, "STAFF_ENABLED", "Account", account.id().toString(), "");
        return account;
    }

    /** A new temporary password; every token of the account stops and its login locks are lifted. */
    @Transactional
    public Reset resetPassword(Actor admin, UUID accountId) {
        Account account = otherStaff(admin, accountId);
        String temporary = generator.temporaryPassword();
        PasswordPolicy.check(temporary, account.username().orElse(null));
        account.changePassword(hasher.hash(temporary), clock.now());
        attempts.unlock(account);
        tokensChanged.fire(new TokensChanged(account.id()));
        audit.record(admin, "STAFF_PASSWORD_RESET", "Account", account.id().toString(), "");
        return new Reset(account, temporary);
    }

    private Account otherStaff(Actor admin, UUID accountId) {
        Account account = accounts.withId(accountId)
                .filter(found -> found.role().isStaff())
                .orElseThrow(() -> Rejection.notFound(Reason.ACCOUNT_NOT_FOUND));
        if (account.id().toString().equals(admin.id())) {
            throw Rejection.forbidden(Reason.OWN_ACCOUNT_FORBIDDEN);
        }
        return account;
    }
}
