package com.crossborder.verification.shared.crypto;

import java.util.Arrays;

/**
 * The two secrets personal data is protected with: one encrypts (AES-256-GCM), one computes blind indexes
 * and code hashes (HMAC-SHA256). Kept apart so that an index never reveals anything about the ciphertext key.
 */
public final class SecretKeys {

    private final byte[] encryptionKey;
    private final byte[] indexKey;

    public SecretKeys(byte[] encryptionKey, byte[] indexKey) {
        if (encryptionKey == null || encryptionKey.length != 32 || indexKey == null || indexKey.length < 32) {
            throw new IllegalArgumentException(
                    "the encryption key must be 32 bytes and the index key at least 32 bytes");
        }
        if (Arrays.equals(encryptionKey, indexKey)) {
            throw new IllegalArgumentException("the encryption key and the index key must differ");
        }
        this.encryptionKey = encryptionKey.clone();
        this.indexKey = indexKey.clone();
    }

    byte[] encryptionKey() {
        return encryptionKey.clone();
    }

    byte[] indexKey() {
        return indexKey.clone();
    }
}
