package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.account.model.PasswordPolicy;
import com.crossborder.verification.account.model.SmsCodePurpose;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** A card holder opens an account with a phone number (proven by an SMS code) and a password. */
@ApplicationScoped
public class ApplicantRegistration {

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PhoneProtection protection;

    @Inject
    CodeCheck codeCheck;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    // A refused code still counts as a try, so refusals must not undo the transaction.
    @Transactional(dontRollbackOn = Rejection.class)
    public Account register(String rawPhone, String password, String code) {
        PhoneNumber phone = PhoneNumber.parse(rawPhone);
        PasswordPolicy.check(password, phone.national());
        String phoneIndex = protection.index(phone);
        codeCheck.consume(phoneIndex, SmsCodePurpose.REGISTER, code);
        if (accounts.withPhoneIndex(phoneIndex).isPresent()) {
            throw Rejection.stateConflict(Reason.PHONE_ALREADY_REGISTERED);
        }
        Account account =
                Account.applicant(phoneIndex, protection.encrypt(phone), phone, hasher.hash(password), clock.now());
        try {
            accounts.add(account);
        } catch (PersistenceException raced) {
            throw Rejection.stateConflict(Reason.PHONE_ALREADY_REGISTERED);
        }
        audit.record(
                new Actor(account.id().toString(), account.role().name()),
                "ACCOUNT_REGISTERED",
                "Account",
                account.id().toString(),
                "phone=" + phone.masked());
        return account;
    }
}
