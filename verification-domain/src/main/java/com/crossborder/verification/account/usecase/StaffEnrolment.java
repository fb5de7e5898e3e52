package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.account.model.PasswordPolicy;
import com.crossborder.verification.account.model.Role;
import com.crossborder.verification.account.model.Username;
import com.crossborder.verification.account.model.Workplaces;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.identity.model.DocumentClaim;
import com.crossborder.verification.identity.model.DocumentNumber;
import com.crossborder.verification.identity.usecase.IdentityProtection;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;

/** An administrator creates an account for outlet staff, a reviewer or another administrator. */
@ApplicationScoped
public class StaffEnrolment {

    private static final Pattern OUTLET_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    /** What the administrator asks for. */
    public record EnrolStaff(
            String username, String password, Role role, String outletCode, DocumentClaim ownDocument) {}

    @Inject
    Workplaces workplaces;

    @Inject
    IdentityProtection identities;

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final BusinessClock clock;

    /** For the CDI client proxy only. */
    protected StaffEnrolment() {
        this(null, null, null, null);
    }

    @Inject
    public StaffEnrolment(Accounts accounts, PasswordHasher hasher, AuditLog audit, BusinessClock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Account enrol(Actor admin, EnrolStaff command) {
        Username username = Username.parse(command.username());
        if (command.role() == null || !command.role().isStaff()) {
            throw Rejection.onField("role", Reason.ROLE_NOT_STAFF);
        }
        String outletCode = null;
        if (command.role() == Role.OUTLET_STAFF) {
            if (command.outletCode() == null
                    || !OUTLET_CODE.matcher(command.outletCode()).matches()) {
                throw Rejection.onField("outletCode", Reason.OUTLET_CODE_REQUIRED);
            }
            if (!workplaces.outletExists(command.outletCode())) {
                throw Rejection.onField("outletCode", Reason.OUTLET_NOT_FOUND);
            }
            outletCode = command.outletCode();
        }
        PasswordPolicy.check(command.password(), username.value());
        if (accounts.withUsername(username.value()).isPresent()) {
            throw Rejection.stateConflict(Reason.USERNAME_TAKEN);
        }
        Account account =
                Account.staff(username, hasher.hash(command.password()), command.role(), outletCode, clock.now());
        // Required: without it nobody could tell that a case in the queue or at the counter is the staff member's own.
        DocumentClaim own = command.ownDocument();
        if (own == null) {
            throw Rejection.onField("document", Reason.FIELD_REQUIRED);
        }
        try {
            DocumentNumber number = DocumentNumber.parse(own.type(), own.number(), clock.today());
            account.ownIdentity(
                    number.type().name(), identities.identityIndex(number), identities.encryptNumber(number));
        } catch (Rejection malformed) {
            throw Rejection.onField("document.documentNumber", malformed.code());
        }
        try {
            accounts.add(account);
        } catch (PersistenceException raced) {
            // Another request created the same username between our check and our insert.
            throw Rejection.stateConflict(Reason.USERNAME_TAKEN);
        }
        audit.record(
                admin,
                "STAFF_ACCOUNT_CREATED",
                "Account",
                account.id().toString(),
                "role=" + account.role() + (outletCode == null ? "" : " outlet=" + outletCode));
        return account;
    }
}
