package com.crossborder.verification.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data for storage with AES-256-GCM (JDK). Each value gets a fresh 96-bit nonce; the stored form is
 * {@code 2 | length of kid (1) | kid (ASCII) | nonce(12) | ciphertext+tag}: the key id names the key it was written
 * under, so keys can rotate (new writes under the current key, older keys still read). Values written before key ids
 * ({@code 1 | nonce | ciphertext+tag}) are under key {@value SecretKeys#FIRST_KEY_ID}. The {@code context} (e.g.
 * "account.phone") and the key id are bound as associated data, so a ciphertext copied into another column, or with
 * its key id changed, does not decrypt.
 */
public final class FieldCipher {

    private static final byte LEGACY = 1;
    private static final byte WITH_KEY_ID = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeys keys;
    private final Map<String, SecretKeySpec> specs = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(SecretKeys keys) {
        this.keys = keys;
        for (String id : keys.keyIds()) {
            specs.put(id, new SecretKeySpec(keys.encryptionKey(id), "AES"));
        }
    }

    /** The key id new values are written under. */
    public String currentKeyId() {
        return keys.currentKeyId();
    }

    public byte[] encrypt(byte[] plain, String context) {
        String keyId = keys.currentKeyId();
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, specs.get(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(context, keyId));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
                    .put(WITH_KEY_ID)
                    .put((byte) id.length)
                    .put(id)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public byte[] decrypt(byte[] stored, String context) {
        String keyId = keyIdOf(stored);
        int offset = stored[0] == LEGACY ? 1 : 2 + stored[1];
        if (stored.length < offset + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("not a value this cipher stored");
        }
        SecretKeySpec key = specs.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("the stored value is under key " + keyId + ", which is not configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, offset, NONCE_BYTES));
            if (stored[0] == LEGACY) {
                cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            } else {
                cipher.updateAAD(associatedData(context, keyId));
            }
            return cipher.doFinal(stored, offset + NONCE_BYTES, stored.length - offset - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the stored value was altered or belongs to another key or column", e);
        }
    }

    /** The id of the key a stored value was written under. */
    public static String keyIdOf(byte[] stored) {
        if (stored == null || stored.length < 2) {
            throw new IllegalArgumentException("not a value this cipher stored");
        }
        if (stored[0] == LEGACY) {
            return SecretKeys.FIRST_KEY_ID;
        }
        int length = stored[1];
        if (stored[0] != WITH_KEY_ID || length < 1 || stored.length < 2 + length) {
            throw new IllegalArgumentException("not a value this cipher stored");
        }
        String keyId = new String(stored, 2, length, StandardCharsets.US_ASCII);
        if (!SecretKeys.isKeyId(keyId)) {
            throw new IllegalArgumentException("not a value this cipher stored");
        }
        return keyId;
    }

    /** Whether a stored value is written in the current form under the current key. */
    public boolean isCurrent(byte[] stored) {
        return stored[0] == WITH_KEY_ID && keyIdOf(stored).equals(keys.currentKeyId());
    }

    /** The value written again under the current key (a fresh nonce), for rotation. */
    public byte[] reencrypt(byte[] stored, String context) {
        return encrypt(decrypt(stored, context), context);
    }

    public byte[] encryptText(String plain, String context) {
        return encrypt(plain.getBytes(StandardCharsets.UTF_8), context);
    }

    public String decryptText(byte[] stored, String context) {
        return new String(decrypt(stored, context), StandardCharsets.UTF_8);
    }

    private static byte[] associatedData(String context, String keyId) {
        return (context + "\u0000kid=" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
