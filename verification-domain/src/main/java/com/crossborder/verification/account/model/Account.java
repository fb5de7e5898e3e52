package com.crossborder.verification.account.model;

import com.crossborder.verification.shared.model.Ids;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.PhoneNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Someone who can log in: an applicant, outlet staff, a reviewer or an administrator. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    /** Staff log in with a username; applicants with their phone number. */
    @Column(name = "username", unique = true, length = 64)
    private String username;

    @Column(name = "phone_index", unique = true, length = 64)
    private String phoneIndex;

    @Column(name = "phone_encrypted")
    private byte[] phoneEncrypted;

    @Column(name = "phone_masked", length = 20)
    private String phoneMasked;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "outlet_code", length = 32)
    private String outletCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Tokens issued before this instant are no longer accepted (set by a password reset). */
    @Column(name = "tokens_valid_after", nullable = false)
    private Instant tokensValidAfter;

    /** Moves on with every password change, disable and reset: a token carries the generation it was issued under. */
    @Column(name = "token_generation", nullable = false)
    private int tokenGeneration;

    /** Set while the account is disabled: it cannot log in and its tokens are refused. */
    @Column(name = "disabled_at")
    private Instant disabledAt;

    /** For staff: the blind index of their own identity, so that nobody verifies themselves. */
    @Column(name = "identity_index", length = 64)
    private String identityIndex;

    @Column(name = "identity_type", length = 40)
    private String identityType;

    @Column(name = "identity_number_encrypted")
    private byte[] identityNumberEncrypted;
    /** The language the holder reads (a {@link Language} tag); null for the default. */
    @Column(name = "language", length = 16)
    private String language;

    @Version
    private long version;

    protected Account() {}

    private Account(String passwordHash, Role role, Instant now) {
        this.id = Ids.next();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = now;
        this.tokensValidAfter = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A staff account (outlet staff, reviewer or admin) created by an administrator. */
    public static Account staff(Username username, String passwordHash, Role role, String outletCode, Instant now) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        Account account = new Account(passwordHash, role, now);
        account.username = username.value();
        account.outletCode = role == Role.OUTLET_STAFF ? outletCode : null;
        return account;
    }

    /**
     * A card holder's account, registered with a proven phone number. The number is kept encrypted
     * ({@code phoneEncrypted}), found by its blind index and shown masked.
     */
    public static Account applicant(
            String phoneIndex, byte[] phoneEncrypted, PhoneNumber phone, String passwordHash, Instant now) {
        Account account = new Account(passwordHash, Role.APPLICANT, now);
        account.phoneIndex = Objects.requireNonNull(phoneIndex);
        account.phoneEncrypted = phoneEncrypted.clone();
        account.phoneMasked = phone.masked();
        return account;
    }

    /** A new password; every token issued before now stops working. */
    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        revokeTokens(now);
    }

    /** Every token issued so far stops working. */
    public void revokeTokens(Instant now) {
        Instant cut = now.truncatedTo(ChronoUnit.MILLIS);
        // Never backwards, even if clocks of two nodes disagree.
        this.tokensValidAfter = tokensValidAfter == null || cut.isAfter(tokensValidAfter) ? cut : tokensValidAfter;
        this.tokenGeneration++;
    }

    /** The account can no longer log in and its tokens stop at once. */
    public void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
        }
        revokeTokens(now);
    }

    public void enable() {
        disabledAt = null;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    /**
     * Whether a token issued at {@code issuedAt} (millisecond precision, taken before its password was checked) under
     * {@code generation} is still good: not disabled, not older than the last password change, same generation.
     */
    public boolean acceptsToken(Instant issuedAt, int generation) {
        return disabledAt == null && generation == tokenGeneration && !issuedAt.isBefore(tokensValidAfter);
    }

    public int tokenGeneration() {
        return tokenGeneration;
    }

    /** Records the staff member's own identity: the document's type, its blind index and its number encrypted. */
    public void ownIdentity(String documentType, String identityIndex, byte[] numberEncrypted) {
        this.identityType = documentType;
        this.identityIndex = identityIndex;
        this.identityNumberEncrypted = numberEncrypted.clone();
    }

    /** The holder chose the language of their SMS and messages. */
    public void speaks(Language chosen) {
        this.language = chosen.tag();
    }

    /** The language the holder reads: their choice, or simplified Chinese. */
    public Language language() {
        return Language.ofTag(language).orElse(Language.DEFAULT);
    }

    /** The language the holder chose, if they chose one. */
    public Optional<Language> chosenLanguage() {
        return Language.ofTag(language);
    }

    public Optional<String> identityIndex() {
        return Optional.ofNullable(identityIndex);
    }

    /** Whether the password is this account's, checked with the given hasher. */
    public boolean hasPassword(String password, PasswordHasher hasher) {
        return hasher.matches(password, passwordHash);
    }

    public UUID id() {
        return id;
    }

    /** The login name shown to people: the username, or the masked phone number of an applicant. */
    public String displayName() {
        return username != null ? username : phoneMasked;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** The encrypted phone number, for sending an SMS; empty for staff. */
    public Optional<byte[]> phoneEncrypted() {
        return Optional.ofNullable(phoneEncrypted).map(byte[]::clone);
    }

    public Role role() {
        return role;
    }

    public Optional<String> outletCode() {
        return Optional.ofNullable(outletCode);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant tokensValidAfter() {
        return tokensValidAfter;
    }
}
