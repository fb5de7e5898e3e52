package com.crossborder.verification.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a server that looks like production (its database is not the embedded H2) with what only a
 * developer's machine may use: data keys or a token signing key generated under the data directory, or SMS written to
 * the log. {@code verification.mode=development} allows them (the integration tests on PostgreSQL say so).
 */
@Singleton
@Startup
public class SafeDefaults {

    private static final Logger LOG = Logger.getLogger(SafeDefaults.class.getName());

    @Inject
    @ConfigProperty(name = "verification.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "verification.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "verification.crypto.encryption-key")
    Optional<String> encryptionKey;

    @Inject
    @ConfigProperty(name = "verification.crypto.encryption-keys")
    Optional<String> moreEncryptionKeys;

    @Inject
    @ConfigProperty(name = "verification.crypto.index-key")
    Optional<String> indexKey;

    @Inject
    @ConfigProperty(name = "verification.audit.key")
    Optional<String> auditKey;

    @Inject
    @ConfigProperty(name = "verification.audit.keys")
    Optional<String> moreAuditKeys;

    @Inject
    @ConfigProperty(name = "verification.jwt.private-key")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "verification.sms.gateway", defaultValue = "log")
    String smsGateway;

    @PostConstruct
    void check() {
        List<String> unsafe = unsafe(
                mode,
                databaseUrl,
                encryptionKey.isPresent() || moreEncryptionKeys.isPresent(),
                indexKey.isPresent(),
                auditKey.isPresent() || moreAuditKeys.isPresent(),
                signingKey.isPresent(),
                smsGateway);
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("Refusing to start against " + databaseUrl.replaceAll("\\?.*", "")
                    + " with " + String.join(", ", unsafe)
                    + ": configure them, or set verification.mode=development on a developer's machine");
        }
        if ("development".equals(mode)) {
            LOG.warning("verification.mode=development: generated keys and the log SMS gateway are allowed");
        }
    }

    /** What a server with these settings would use that only development may; empty when it may start. */
    static List<String> unsafe(
            String mode,
            String databaseUrl,
            boolean encryptionKeyConfigured,
            boolean indexKeyConfigured,
            boolean auditKeyConfigured,
            boolean signingKeyConfigured,
            String smsGateway) {
        List<String> unsafe = new ArrayList<>();
        if ("development".equals(mode) || databaseUrl.startsWith("jdbc:h2:")) {
            return unsafe;
        }
        if (!encryptionKeyConfigured) {
            unsafe.add("a generated encryption key (verification.crypto.encryption-key)");
        }
        if (!indexKeyConfigured) {
            unsafe.add("a generated index key (verification.crypto.index-key)");
        }
        if (!auditKeyConfigured) {
            unsafe.add("a generated audit key (verification.audit.key)");
        }
        if (!signingKeyConfigured) {
            unsafe.add("a generated token signing key (verification.jwt.private-key)");
        }
        if ("log".equals(smsGateway)) {
            unsafe.add("SMS written to the log (verification.sms.gateway=log)");
        }
        return unsafe;
    }
}
