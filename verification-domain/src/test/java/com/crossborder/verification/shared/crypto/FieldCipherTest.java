package com.crossborder.verification.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final SecretKeys KEYS = new SecretKeys(filled(1, 32), filled(2, 32));
    private final FieldCipher cipher = new FieldCipher(KEYS);

    private static byte[] filled(int value, int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void whatIsEncryptedDecryptsInItsOwnColumnOnly() {
        byte[] stored = cipher.encryptText("+8613812345678", "account.phone");
        assertEquals("+8613812345678", cipher.decryptText(stored, "account.phone"));
        assertThrows(IllegalArgumentException.class, () -> cipher.decryptText(stored, "sms_outbox.phone"));
    }

    @Test
    void theStoredFormHoldsNoClearTextAndDiffersEachTime() {
        byte[] first = cipher.encryptText("+8613812345678", "c");
        byte[] second = cipher.encryptText("+8613812345678", "c");
        assertNotEquals(Arrays.toString(first), Arrays.toString(second));
        assertEquals(-1, new String(first, StandardCharsets.ISO_8859_1).indexOf("1381234"));
    }

    @Test
    void aChangedByteIsDetected() {
        byte[] stored = cipher.encryptText("secret", "c");
        stored[stored.length - 1] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> cipher.decryptText(stored, "c"));
    }

    @Test
    void anotherKeyCannotDecrypt() {
        byte[] stored = cipher.encryptText("secret", "c");
        FieldCipher other = new FieldCipher(new SecretKeys(filled(3, 32), filled(2, 32)));
        assertThrows(IllegalArgumentException.class, () -> other.decryptText(stored, "c"));
    }

    @Test
    void blindIndexesAreStablePerPurposeAndKeyed() {
        BlindIndex index = new BlindIndex(KEYS);
        assertEquals(index.of("phone", "+8613812345678"), index.of("phone", "+8613812345678"));
        assertNotEquals(index.of("phone", "+8613812345678"), index.of("login", "+8613812345678"));
        assertNotEquals(
                index.of("phone", "x"), new BlindIndex(new SecretKeys(filled(1, 32), filled(4, 32))).of("phone", "x"));
    }

    @Test
    void keysMustBeLongEnoughAndDifferent() {
        assertThrows(IllegalArgumentException.class, () -> new SecretKeys(filled(1, 16), filled(2, 32)));
        assertThrows(IllegalArgumentException.class, () -> new SecretKeys(filled(1, 32), filled(1, 32)));
    }
}
