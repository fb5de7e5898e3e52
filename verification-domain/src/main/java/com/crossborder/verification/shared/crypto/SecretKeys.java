package com.crossborder.verification.shared.crypto;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The secrets personal data is protected with: encryption keys (AES-256-GCM), each under a key id ({@code kid}) that
 * every ciphertext names, one of them current for new writes; and one key for blind indexes and code hashes
 * (HMAC-SHA256). Kept apart so that an index never reveals anything about a ciphertext key.
 */
public final class SecretKeys {

    /** The id of the one key there was before keys carried ids: values stored without an id are under it. */
    public static final String FIRST_KEY_ID = "1";

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final Map<String, byte[]> encryptionKeys;
    private final String currentKeyId;
    private final byte[] indexKey;

    public SecretKeys(byte[] encryptionKey, byte[] indexKey) {
        this(Map.of(FIRST_KEY_ID, encryptionKey == null ? new byte[0] : encryptionKey), FIRST_KEY_ID, indexKey);
    }

    public SecretKeys(Map<String, byte[]> encryptionKeys, String currentKeyId, byte[] indexKey) {
        if (indexKey == null || indexKey.length < 32) {
            throw new IllegalArgumentException(
                    "the encryption key must be 32 bytes and the index key at least 32 bytes");
        }
        Map<String, byte[]> copies = new LinkedHashMap<>();
        encryptionKeys.forEach((id, key) -> {
            if (!isKeyId(id)) {
                throw new IllegalArgumentException("a key id is 1 to 32 letters, digits, dots, dashes or underscores");
            }
            if (key == null || key.length != 32) {
                throw new IllegalArgumentException(
                        "the encryption key must be 32 bytes and the index key at least 32 bytes");
            }
            if (Arrays.equals(key, indexKey)) {
                throw new IllegalArgumentException("the encryption key and the index key must differ");
            }
            copies.put(id, key.clone());
        });
        if (!copies.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no encryption key has the current key id " + currentKeyId);
        }
        this.encryptionKeys = Collections.unmodifiableMap(copies);
        this.currentKeyId = currentKeyId;
        this.indexKey = indexKey.clone();
    }

    public static boolean isKeyId(String id) {
        return id != null && KEY_ID.matcher(id).matches();
    }

    /** The key id new ciphertexts are written under. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** Every key id that can be read. */
    public Set<String> keyIds() {
        return new TreeSet<>(encryptionKeys.keySet());
    }

    byte[] encryptionKey(String keyId) {
        byte[] key = encryptionKeys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("no encryption key with the id " + keyId + " is configured");
        }
        return key.clone();
    }

    byte[] indexKey() {
        return indexKey.clone();
    }
}
