package com.crossborder.verification.web.platform;

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
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that protect personal data: configured in production, or development keys made on first use under the
 * data directory.
 */
@ApplicationScoped
public class DataKeys {

    private static final Logger LOG = Logger.getLogger(DataKeys.class.getName());

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "verification.crypto.encryption-key")
    Optional<String> encryptionKey;

    @Inject
    @ConfigProperty(name = "verification.crypto.index-key")
    Optional<String> indexKey;

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
                    Files.writeString(
                            file,
                            Base64.getEncoder().encodeToString(fresh),
                            StandardCharsets.US_ASCII,
                            StandardOpenOption.CREATE_NEW);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    LOG.warning("Generated a development data key " + file
                            + "; configure verification.crypto.* in production.");
                } catch (FileAlreadyExistsException raced) {
                    // another start-up wrote it first: use theirs
                } catch (UnsupportedOperationException notPosix) {
                    // not a POSIX file system: the directory's protection applies
                }
            }
            return Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the development key " + file, e);
        }
    }
}
