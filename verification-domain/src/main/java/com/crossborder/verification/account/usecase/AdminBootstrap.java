package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.model.PasswordHasher;
import com.crossborder.verification.account.model.PasswordPolicy;
import com.crossborder.verification.account.model.Role;
import com.crossborder.verification.account.model.Username;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;

/** On first start, creates the {@code admin} account so that someone can log in and create the rest. */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN_USERNAME = "admin";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final SecureRandom random = new SecureRandom();

    /** For the CDI client proxy only. */
    protected AdminBootstrap() {
        this(null, null, null, null);
    }

    @Inject
    public AdminBootstrap(Accounts accounts, PasswordHasher hasher, AuditLog audit, BusinessClock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the first administrator unless one exists. Returns the password only when it was generated
     * here, so the caller can show it once; a configured password is never echoed.
     */
    @Transactional
    public Optional<String> ensureAdministrator(Optional<String> configuredPassword) {
        if (accounts.anyWithRole(Role.ADMIN)
                || accounts.withUsername(ADMIN_USERNAME).isPresent()) {
            return Optional.empty();
        }
        String password = configuredPassword.orElseGet(this::generatePassword);
        PasswordPolicy.check(password, ADMIN_USERNAME);
        Account admin =
                Account.staff(new Username(ADMIN_USERNAME), hasher.hash(password), Role.ADMIN, null, clock.now());
        accounts.add(admin);
        audit.record(
                Actor.system("bootstrap"),
                "ADMIN_ACCOUNT_CREATED",
                "Account",
                admin.id().toString(),
                "");
        return configuredPassword.isPresent() ? Optional.empty() : Optional.of(password);
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder();
        // 20 characters from 56 symbols: about 116 bits; a digit and letters are all but certain, checked anyway.
        do {
            password.setLength(0);
            for (int i = 0; i < 20; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        } while (password.chars().noneMatch(Character::isDigit)
                || password.chars().noneMatch(Character::isLetter));
        return password.toString();
    }
}
