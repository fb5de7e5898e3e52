package com.crossborder.verification.web.platform;

import com.crossborder.verification.shared.crypto.BlindIndex;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.MacKeys;
import com.crossborder.verification.shared.crypto.SecretKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that protect personal data: configured in production, or development keys made on first use under the
 * data directory. Encryption keys have ids ({@code kid}): {@code verification.crypto.encryption-key} is key {@code 1},
 * {@code verification.crypto.encryption-keys} adds more as {@code kid:base64,…}, and
 * {@code verification.crypto.encryption-key-id} names the one new values are written under. In development the key
 * files {@code keys/encryption.key} (key 1) and {@code keys/encryption-<kid>.key} are read too, and the current key's
 * file is made when it is missing.
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
    @ConfigProperty(name = "verification.crypto.encryption-keys")
    Optional<String> moreEncryptionKeys;

    @Inject
    @ConfigProperty(name = "verification.crypto.encryption-key-id", defaultValue = SecretKeys.FIRST_KEY_ID)
    String currentKeyId;

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
    @ConfigProperty(name = "verification.audit.key-id", defaultValue = SecretKeys.FIRST_KEY_ID)
    String currentAuditKeyId;

    /**
     * The audit chain's seal keys: {@code verification.audit.key} (id 1), more as {@code verification.audit.keys}
     * ({@code kid:base64,…}), new rows under {@code verification.audit.key-id}; in development {@code keys/audit.key}
     * and {@code keys/audit-<kid>.key}.
     */
    @Produces
    @Singleton
    MacKeys macKeys() {
        Path dir = settings.dataDirectory().resolve("keys");
        Map<String, byte[]> keys = keyFiles(dir, "audit");
        auditKey.ifPresent(key -> keys.put(SecretKeys.FIRST_KEY_ID, decode(key)));
        moreAuditKeys.ifPresent(list -> keys.putAll(keyList("verification.audit.keys", list)));
        String current = currentAuditKeyId.strip();
        if (!keys.containsKey(current)) {
            keys.put(current, KeyFiles.developmentKey(dir.resolve(fileName("audit", current)), 32));
        }
        return new MacKeys(keys, current);
    }

    private static String fileName(String kind, String keyId) {
        return SecretKeys.FIRST_KEY_ID.equals(keyId) ? kind + ".key" : kind + "-" + keyId + ".key";
    }

    /** The development key files of a kind under the directory, by key id. */
    private static Map<String, byte[]> keyFiles(Path dir, String kind) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        Pattern numbered = Pattern.compile(Pattern.quote(kind) + "-([A-Za-z0-9._-]{1,32})\\.key");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, kind + "*.key")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher match = numbered.matcher(name);
                if (name.equals(kind + ".key")) {
                    keys.put(SecretKeys.FIRST_KEY_ID, read(file));
                } else if (match.matches()) {
                    keys.put(match.group(1), read(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the development keys in " + dir, e);
        }
        return keys;
    }

    private static Map<String, byte[]> keyList(String property, String list) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException(property + " is a list of kid:base64-key, separated by commas");
            }
            keys.put(entry.substring(0, colon).strip(), decode(entry.substring(colon + 1)));
        }
        return keys;
    }

    @Produces
    @Singleton
    SecretKeys secretKeys() {
        Path dir = settings.dataDirectory().resolve("keys");
        Map<String, byte[]> keys = keyFiles(dir, "encryption");
        encryptionKey.ifPresent(key -> keys.put(SecretKeys.FIRST_KEY_ID, decode(key)));
        moreEncryptionKeys.ifPresent(list -> keys.putAll(keyList("verification.crypto.encryption-keys", list)));
        String current = currentKeyId.strip();
        if (!keys.containsKey(current)) {
            if (!SecretKeys.isKeyId(current)) {
                throw new IllegalStateException("verification.crypto.encryption-key-id '" + current
                        + "' is not a key id: 1 to 32 letters, digits, dots, dashes or underscores");
            }
            keys.put(current, KeyFiles.developmentKey(dir.resolve(fileName("encryption", current)), 32));
        }
        Path indexFile = dir.resolve("index.key");
        byte[] index = indexKey.map(DataKeys::decode).orElseGet(() -> KeyFiles.developmentKey(indexFile, 32));
        LOG.info(() -> "Personal data keys: " + keys.keySet() + ", new values under key " + current);
        return new SecretKeys(keys, current, index);
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

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.strip());
    }

    private static byte[] read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the development key " + file, e);
        }
    }
}
