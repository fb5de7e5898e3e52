package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.account.model.PasswordPolicy;
import com.crossborder.verification.account.model.SmsCodePurpose;
import com.crossborder.verification.account.model.TokensChanged;
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

/** A holder who forgot the password sets a new one with a reset code; older tokens stop working and the lock lifts. */
@ApplicationScoped
public class PasswordReset {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PhoneProtection protection;

    @Inject
    CodeCheck codeCheck;

    @Inject
    LoginAttempts attempts;

    @Inject
    Event<TokensChanged> tokensChanged;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional(dontRollbackOn = Rejection.class)
    public void reset(String rawPhone, String code, String newPassword) {
        PhoneNumber phone = PhoneNumber.parse(rawPhone);
        PasswordPolicy.check(newPassword, phone.national());
        String phoneIndex = protection.index(phone);
        codeCheck.consume(phoneIndex, SmsCodePurpose.RESET_PASSWORD, code);
        // Reset codes go only to registered numbers, so a consumed code always has its account.
        Account account = accounts.withPhoneIndex(phoneIndex)
                .orElseThrow(() -> Rejection.onField("code", Reason.SMS_CODE_INVALID));
        account.changePassword(hasher.hash(newPassword), clock.now());
        attempts.unlock(account);
        tokensChanged.fire(new TokensChanged(account.id()));
        notifications.send(phone, SmsTemplate.PASSWORD_CHANGED, Map.of(), account.language());
        audit.record(
                new Actor(account.id().toString(), account.role().name()),
                "PASSWORD_RESET",
                "Account",
                account.id().toString(),
                "phone=" + phone.masked());
    }
}
