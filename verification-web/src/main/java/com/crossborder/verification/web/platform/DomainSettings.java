package com.crossborder.verification.web.platform;

import com.crossborder.verification.account.model.LoginPolicy;
import com.crossborder.verification.application.application.Retention;
import com.crossborder.verification.application.infrastructure.PhotoInspector;
import com.crossborder.verification.account.model.PhoneNumber;
import com.crossborder.verification.application.model.EscalationContacts;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.application.model.ReviewSettings;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.outlet.infrastructure.ScanCheck;
import com.crossborder.verification.account.model.SmsCodePolicy;
import com.crossborder.verification.notification.model.OutboxPolicy;
import com.crossborder.verification.shared.crypto.BlindIndex;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.SecretKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The limits and secrets the domain runs with, read once from MicroProfile Config (see the README for every key). */
@ApplicationScoped
public class DomainSettings {

    private static final Logger LOG = Logger.getLogger(DomainSettings.class.getName());

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "verification.crypto.encryption-key")
    Optional<String> encryptionKey;

    @Inject
    @ConfigProperty(name = "verification.crypto.index-key")
    Optional<String> indexKey;

    @Inject
    @ConfigProperty(name = "verification.sms.code-lifetime", defaultValue = "PT5M")
    Duration codeLifetime;

    @Inject
    @ConfigProperty(name = "verification.sms.code-max-wrong-tries", defaultValue = "5")
    int codeMaxWrongTries;

    @Inject
    @ConfigProperty(name = "verification.sms.resend-cooldown", defaultValue = "PT60S")
    Duration resendCooldown;

    @Inject
    @ConfigProperty(name = "verification.sms.codes-per-number-per-day", defaultValue = "10")
    int codesPerNumberPerDay;

    @Inject
    @ConfigProperty(name = "verification.sms.codes-per-client-per-hour", defaultValue = "30")
    int codesPerClientPerHour;

    @Inject
    @ConfigProperty(name = "verification.login.max-failures", defaultValue = "5")
    int loginMaxFailures;

    @Inject
    @ConfigProperty(name = "verification.login.lock-duration", defaultValue = "PT15M")
    Duration loginLockDuration;

    @Inject
    @ConfigProperty(name = "verification.sms.max-attempts", defaultValue = "8")
    int smsMaxAttempts;

    @Inject
    @ConfigProperty(name = "verification.sms.retry-backoff", defaultValue = "PT5S")
    Duration smsRetryBackoff;

    @Inject
    @ConfigProperty(name = "verification.card.number-min-length", defaultValue = "10")
    int cardNumberMinLength;

    @Inject
    @ConfigProperty(name = "verification.card.number-max-length", defaultValue = "20")
    int cardNumberMaxLength;

    @Inject
    @ConfigProperty(name = "verification.review.claim-duration", defaultValue = "PT30M")
    Duration claimDuration;

    @Inject
    @ConfigProperty(name = "verification.identity.max-verified-cards", defaultValue = "5")
    int maxVerifiedCards;

    @Inject
    @ConfigProperty(name = "verification.review.auto-approve", defaultValue = "false")
    boolean autoApprove;

    @Inject
    @ConfigProperty(name = "verification.photo.max-bytes", defaultValue = "5242880")
    long photoMaxBytes;

    @Inject
    @ConfigProperty(name = "verification.photo.max-pixels", defaultValue = "40000000")
    long photoMaxPixels;

    @Inject
    @ConfigProperty(name = "verification.photo.min-short-side", defaultValue = "480")
    int photoMinShortSide;

    @Inject
    @ConfigProperty(name = "verification.photo.min-long-side", defaultValue = "640")
    int photoMinLongSide;

    @Inject
    @ConfigProperty(name = "verification.photo.min-brightness", defaultValue = "50")
    double photoMinBrightness;

    @Inject
    @ConfigProperty(name = "verification.photo.max-brightness", defaultValue = "215")
    double photoMaxBrightness;

    @Inject
    @ConfigProperty(name = "verification.photo.min-sharpness", defaultValue = "40")
    double photoMinSharpness;

    @Produces
    @Singleton
    CardNumber.Format cardNumberFormat() {
        return new CardNumber.Format(cardNumberMinLength, cardNumberMaxLength);
    }

    @Produces
    @Singleton
    ReviewSettings reviewSettings() {
        return new ReviewSettings(claimDuration, maxVerifiedCards, autoApprove);
    }

    @Inject
    @ConfigProperty(name = "verification.review.escalation-phones")
    Optional<String> escalationPhones;

    @Produces
    @Singleton
    EscalationContacts escalationContacts() {
        return new EscalationContacts(java.util.Arrays.stream(escalationPhones.orElse("").split(",")).map(String::strip)
                .filter(phone -> !phone.isEmpty()).map(PhoneNumber::parse).toList());
    }

    @Produces
    @Singleton
    PhotoRules photoRules() {
        return new PhotoRules(photoMaxBytes, photoMaxPixels, photoMinShortSide, photoMinLongSide, photoMinBrightness,
                photoMaxBrightness, photoMinSharpness);
    }

    @Produces
    @Singleton
    PhotoInspector photoInspector(PhotoRules rules) {
        return new PhotoInspector(rules);
    }

    @Inject
    @ConfigProperty(name = "verification.retention.days", defaultValue = "180")
    int retentionDays;

    @Produces
    @Singleton
    Retention.Period retentionPeriod() {
        if (retentionDays < 1) {
            throw new IllegalStateException("verification.retention.days must be at least 1");
        }
        return new Retention.Period(Duration.ofDays(retentionDays));
    }

    @Produces
    @Singleton
    ScanCheck scanCheck(PhotoInspector inspector) {
        return new ScanCheck(inspector, photoMaxBytes);
    }

    @Produces
    @Singleton
    SmsCodePolicy smsCodePolicy() {
        return new SmsCodePolicy(codeLifetime, codeMaxWrongTries, resendCooldown, codesPerNumberPerDay, codesPerClientPerHour);
    }

    @Produces
    @Singleton
    LoginPolicy loginPolicy() {
        return new LoginPolicy(loginMaxFailures, loginLockDuration);
    }

    @Produces
    @Singleton
    OutboxPolicy outboxPolicy() {
        return new OutboxPolicy(smsMaxAttempts, smsRetryBackoff, OutboxPolicy.DEFAULT.batchSize());
    }

    @Produces
    @Singleton
    SecretKeys secretKeys() {
        return new SecretKeys(key(encryptionKey, "encryption.key", 32), key(indexKey, "index.key", 32));
    }

    @Produces
    @Singleton
    FieldCipher fieldCipher(SecretKeys keys) {
        return new FieldCipher(keys);
    }

    @Produces
    @Singleton
    BlindIndex blindIndex(SecretKeys keys) {
        return new BlindIndex(keys);
    }

    /** A configured base64 key, or the development key under the data directory, made on first use. */
    private byte[] key(Optional<String> configured, String fileName, int length) {
        if (configured.isPresent()) {
            return Base64.getDecoder().decode(configured.get().strip());
        }
        Path file = settings.dataDirectory().resolve("keys").resolve(fileName);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[length];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    LOG.warning("Generated a development data key " + file + "; configure verification.crypto.* in production.");
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another start-up wrote it first: use theirs
                } catch (UnsupportedOperationException notPosix) {
                    // not a POSIX file system: the directory's protection applies
                }
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the development key " + file, e);
        }
    }
}
