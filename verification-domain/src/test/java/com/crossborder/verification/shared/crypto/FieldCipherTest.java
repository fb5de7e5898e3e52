package com.crossborder.verification.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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

    @Test
    void valuesNameTheirKeyAndOldKeysStillReadAfterARotation() {
        byte[] underOne = cipher.encryptText("+8613812345678", "account.phone");
        assertEquals("1", FieldCipher.keyIdOf(underOne));
        FieldCipher rotated =
                new FieldCipher(new SecretKeys(Map.of("1", filled(1, 32), "2", filled(5, 32)), "2", filled(2, 32)));
        assertEquals("+8613812345678", rotated.decryptText(underOne, "account.phone"));
        assertFalse(rotated.isCurrent(underOne));
        byte[] underTwo = rotated.reencrypt(underOne, "account.phone");
        assertEquals("2", FieldCipher.keyIdOf(underTwo));
        assertTrue(rotated.isCurrent(underTwo));
        FieldCipher onlyTwo = new FieldCipher(new SecretKeys(Map.of("2", filled(5, 32)), "2", filled(2, 32)));
        assertEquals("+8613812345678", onlyTwo.decryptText(underTwo, "account.phone"));
        assertThrows(IllegalArgumentException.class, () -> onlyTwo.decryptText(underOne, "account.phone"));
    }

    @Test
    void aKeyIdChangedInTheStoredValueIsDetected() {
        FieldCipher twoKeys =
                new FieldCipher(new SecretKeys(Map.of("1", filled(1, 32), "2", filled(6, 32)), "2", filled(2, 32)));
        byte[] stored = twoKeys.encryptText("secret", "c");
        stored[2] = '1';
        assertThrows(IllegalArgumentException.class, () -> twoKeys.decryptText(stored, "c"));
    }

    @Test
    void valuesWrittenBeforeKeyIdsAreUnderKeyOne() throws Exception {
        byte[] nonce = new byte[12];
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(filled(1, 32), "AES"), new GCMParameterSpec(128, nonce));
        aes.updateAAD("c".getBytes(StandardCharsets.UTF_8));
        byte[] sealed = aes.doFinal("old".getBytes(StandardCharsets.UTF_8));
        byte[] legacy = new byte[1 + 12 + sealed.length];
        legacy[0] = 1;
        System.arraycopy(sealed, 0, legacy, 13, sealed.length);
        assertEquals("1", FieldCipher.keyIdOf(legacy));
        assertEquals("old", cipher.decryptText(legacy, "c"));
        assertFalse(cipher.isCurrent(legacy));
    }

    @Test
    void theCurrentKeyMustBeOneOfTheKeys() {
        assertThrows(
                IllegalArgumentException.class, () -> new SecretKeys(Map.of("1", filled(1, 32)), "2", filled(2, 32)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SecretKeys(Map.of("no spaces", filled(1, 32)), "no spaces", filled(2, 32)));
    }
}
