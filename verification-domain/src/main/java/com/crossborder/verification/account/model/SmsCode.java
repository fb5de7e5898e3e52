package com.crossborder.verification.account.model;

import com.crossborder.verification.shared.model.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A one-time code sent to a number: stored only as a keyed hash, single use, short-lived, void after too many wrong tries. */
@Entity
@Table(name = "sms_code")
public class SmsCode {

    /** What happened when someone typed a code. */
    public enum Attempt {
        ACCEPTED,
        WRONG,
        VOID
    }

    @Id
    private UUID id;

    @Column(name = "phone_index", nullable = false, length = 64)
    private String phoneIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private SmsCodePurpose purpose;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "client_key", nullable = false, length = 64)
    private String clientKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "consumed_at")
    private Instant consumedAt;

    @Version
    private long version;

    protected SmsCode() {}

    /** A new code; {@code hasher} turns (code id, code) into the stored hash. */
    public SmsCode(
            String phoneIndex,
            SmsCodePurpose purpose,
            String code,
            CodeHasher hasher,
            String clientKey,
            SmsCodePolicy policy,
            Instant now) {
        this.id = Ids.next();
        this.phoneIndex = phoneIndex;
        this.purpose = purpose;
        this.codeHash = hasher.hash(id, code);
        this.clientKey = clientKey;
        this.createdAt = now;
        this.expiresAt = now.plus(policy.lifetime());
    }

    /** Checks a typed code: accepted once; each wrong try counts, and the code is void after too many or when old. */
    public Attempt attempt(String typed, CodeHasher hasher, SmsCodePolicy policy, Instant now) {
        if (!usableAt(now, policy)) {
            return Attempt.VOID;
        }
        if (typed != null && hasher.matches(id, typed, codeHash)) {
            consumedAt = now;
            return Attempt.ACCEPTED;
        }
        failedAttempts++;
        return failedAttempts >= policy.maxWrongTries() ? Attempt.VOID : Attempt.WRONG;
    }

    public boolean usableAt(Instant now, SmsCodePolicy policy) {
        return consumedAt == null && now.isBefore(expiresAt) && failedAttempts < policy.maxWrongTries();
    }

    /** Keyed hashing of codes, so that a stolen table reveals none. */
    public interface CodeHasher {
        String hash(UUID codeId, String code);

        boolean matches(UUID codeId, String code, String hash);
    }
}
