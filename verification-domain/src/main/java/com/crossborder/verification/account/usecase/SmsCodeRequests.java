package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.CodeGenerator;
import com.crossborder.verification.account.model.PhoneThrottle;
import com.crossborder.verification.account.model.SmsCode;
import com.crossborder.verification.account.model.SmsCodePolicy;
import com.crossborder.verification.account.model.SmsCodePurpose;
import com.crossborder.verification.account.model.SmsCodes;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.notification.usecase.Notifications;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone asks for a one-time code for a number. The answer and the work are the same whether or not the
 * number is registered: a code row is always made and the limits always count; only what the SMS says differs
 * (a registration code, a reset code, a notice that the number is already registered, or nothing at all).
 */
@ApplicationScoped
public class SmsCodeRequests {

    @Inject
    Accounts accounts;

    @Inject
    SmsCodes codes;

    @Inject
    CodeGenerator generator;

    @Inject
    PhoneProtection protection;

    @Inject
    Notifications notifications;

    @Inject
    SmsCodePolicy policy;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    /**
     * Sends a code (or, for a number that is already registered, a notice saying so) and returns how long to wait before
     * the next one may be asked for: the same for every number, so the answer tells nothing about registration.
     */
    @Transactional
    public Duration request(String rawPhone, SmsCodePurpose purpose, String clientAddress) {
        return request(rawPhone, purpose, clientAddress, Language.DEFAULT);
    }

    /**
     * A code in the language the request asked for; a registered holder who chose a language gets theirs instead.
     * Card-claim codes are not asked for here (they go to the phone recorded at a counter, see CardClaims).
     */
    @Transactional
    public Duration request(String rawPhone, SmsCodePurpose purpose, String clientAddress, Language requested) {
        PhoneNumber phone = PhoneNumber.parse(rawPhone);
        if (purpose == null || purpose == SmsCodePurpose.CARD_CLAIM) {
            throw Rejection.onField("purpose", Reason.SMS_CODE_PURPOSE_INVALID);
        }
        issue(phone, purpose, protection.clientKey(clientAddress), requested);
        return policy.resendCooldown();
    }

    /** Customer service starts a reset for a holder who phoned in: the holder gets a reset code. */
    @Transactional
    public void startPasswordReset(Actor staff, String rawPhone) {
        PhoneNumber phone = PhoneNumber.parse(rawPhone);
        Account account = accounts.withPhoneIndex(protection.index(phone))
                .orElseThrow(() -> Rejection.notFound(Reason.ACCOUNT_NOT_FOUND));
        issue(phone, SmsCodePurpose.RESET_PASSWORD, protection.clientKey("staff:" + staff.id()), Language.DEFAULT);
        audit.record(staff, "PASSWORD_RESET_STARTED", "Account", account.id().toString(), "phone=" + phone.masked());
    }

    /**
     * Customer service sends a reset code to the holder of an account they looked up (by its id), saying why; the
     * audit row names the reason.
     */
    @Transactional
    public Account startPasswordReset(Actor staff, UUID accountId, String why) {
        Account account = accounts.withId(accountId)
                .filter(a -> a.phoneEncrypted().isPresent())
                .orElseThrow(() -> Rejection.notFound(Reason.ACCOUNT_NOT_FOUND));
        PhoneNumber phone = protection.decrypt(account.phoneEncrypted().orElseThrow());
        issue(phone, SmsCodePurpose.RESET_PASSWORD, protection.clientKey("staff:" + staff.id()), Language.DEFAULT);
        audit.record(
                staff,
                "PASSWORD_RESET_STARTED",
                "Account",
                account.id().toString(),
                "phone=" + phone.masked() + " why=" + why);
        return account;
    }

    private void issue(PhoneNumber phone, SmsCodePurpose purpose, String clientKey, Language requested) {
        if (codes.countFromClientSince(clientKey, clock.now().minus(Duration.ofHours(1)))
                >= policy.perClientPerHour()) {
            throw Rejection.rateLimited(Reason.SMS_CLIENT_LIMIT, Duration.ofMinutes(10));
        }
        String phoneIndex = protection.index(phone);
        PhoneThrottle throttle = codes.phoneThrottleLocked(phoneIndex);
        Optional<Duration> wait = throttle.waitBeforeSending(policy, clock);
        if (wait.isPresent()) {
            throw Rejection.rateLimited(Reason.SMS_RATE_LIMITED, wait.get());
        }
        throttle.sent(clock);
        String code = generator.sixDigits();
        codes.add(new SmsCode(phoneIndex, purpose, code, protection, clientKey, policy, clock.now()));
        Optional<Account> holder = accounts.withPhoneIndex(phoneIndex);
        boolean registered = holder.isPresent();
        Language language = holder.flatMap(Account::chosenLanguage).orElse(requested);
        Map<String, String> values =
                Map.of("code", code, "minutes", Long.toString(policy.lifetime().toMinutes()));
        switch (purpose) {
            case REGISTER ->
                notifications.send(
                        phone,
                        registered ? SmsTemplate.ALREADY_REGISTERED : SmsTemplate.REGISTER_CODE,
                        values,
                        language);
            case RESET_PASSWORD -> {
                if (registered) {
                    notifications.send(phone, SmsTemplate.RESET_PASSWORD_CODE, values, language);
                }
            }
            case CARD_CLAIM -> throw new IllegalArgumentException("card-claim codes are issued by CardClaims");
        }
    }
}
