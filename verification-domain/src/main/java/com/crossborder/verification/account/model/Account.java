package com.crossborder.verification.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Someone who can log in: an applicant, outlet staff, a reviewer or an administrator. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

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

    @Version
    private long version;

    protected Account() {
    }

    private Account(Username username, String passwordHash, Role role, String outletCode, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username.value();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.outletCode = outletCode;
        this.createdAt = now;
        this.tokensValidAfter = now;
    }

    /** A staff account (outlet staff, reviewer or admin) created by an administrator. */
    public static Account staff(Username username, String passwordHash, Role role, String outletCode, Instant now) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        return new Account(username, passwordHash, role, role == Role.OUTLET_STAFF ? outletCode : null, now);
    }

    /** Whether the password is this account's, checked with the given hasher. */
    public boolean hasPassword(String password, PasswordHasher hasher) {
        return hasher.matches(password, passwordHash);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
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
