package com.crossborder.verification.support.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.Role;
import com.crossborder.verification.account.usecase.LoginAttempts;
import com.crossborder.verification.account.usecase.PhoneProtection;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.notification.model.Outbox;
import com.crossborder.verification.notification.model.OutboxMessage;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.support.model.SupportReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What customer service sees of one holder: the account (phone masked, whether its login is locked), the cards on it,
 * the applications (document masked) and the latest SMS to the account's phone with their delivery status — the
 * template only, never the text, which may carry a code. Each view is audited with who and why.
 */
@ApplicationScoped
public class HolderFiles {

    /** How many applications and SMS a file shows. */
    public static final int RECENT = 50;

    /** An application with its declared document, if one was declared. */
    public record ApplicationEntry(Application application, Optional<DeclaredIdentity> identity) {}

    /** One holder's file. */
    public record HolderFile(
            Account account,
            Optional<Instant> lockedUntil,
            List<Card> cards,
            List<ApplicationEntry> applications,
            List<OutboxMessage> sms) {}

    @Inject
    Accounts accounts;

    @Inject
    Cards cards;

    @Inject
    Applications applications;

    @Inject
    Outbox outbox;

    @Inject
    LoginAttempts logins;

    @Inject
    PhoneProtection phones;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public HolderFile of(Actor staff, UUID accountId, SupportReason why) {
        Account account = accounts.withId(accountId)
                .filter(a -> a.role() == Role.APPLICANT)
                .orElseThrow(() -> Rejection.notFound(Reason.ACCOUNT_NOT_FOUND));
        PhoneNumber phone = phones.decrypt(account.phoneEncrypted().orElseThrow());
        Optional<Instant> lockedUntil = logins.lockedUntil(account);
        List<ApplicationEntry> entries = applications.ofApplicant(accountId, 0, RECENT).stream()
                .map(application -> new ApplicationEntry(application, applications.identityOf(application.id())))
                .toList();
        HolderFile file = new HolderFile(
                account, lockedUntil, cards.heldBy(accountId), entries, outbox.recentTo(phones.index(phone), RECENT));
        audit.record(staff, "HOLDER_VIEWED", "Account", accountId.toString(), "why=" + why.text());
        return file;
    }
}
