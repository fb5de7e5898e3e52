package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Customer service or an administrator lifts a holder's (or a staff member's) login locks, with a reason. */
@ApplicationScoped
public class LoginLocks {

    /** The reason is kept in the audit trail: short, and about the call, not about the person. */
    public static final int MAX_REASON = 200;

    @Inject
    Accounts accounts;

    @Inject
    LoginAttempts attempts;

    @Inject
    AuditLog audit;

    /** Returns how many locks were in force and are lifted now (0 when the login was not locked). */
    @Transactional
    public int unlock(Actor staff, UUID accountId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw Rejection.onField("reason", Reason.FIELD_REQUIRED);
        }
        if (why.codePointCount(0, why.length()) > MAX_REASON) {
            throw Rejection.onField("reason", Reason.FIELD_OUT_OF_RANGE);
        }
        Account account = accounts.withId(accountId).orElseThrow(() -> Rejection.notFound(Reason.ACCOUNT_NOT_FOUND));
        int lifted = attempts.unlock(account);
        audit.record(
                staff,
                "LOGIN_UNLOCKED",
                "Account",
                account.id().toString(),
                "locks=" + lifted + " reason=" + why.replaceAll("\\s+", " "));
        return lifted;
    }
}
