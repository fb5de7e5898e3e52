package com.crossborder.verification.account.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void aHashIsAStandardPhcStringThatOnlyTheRightPasswordMatches() {
        String hash = hasher.hash("Correct-horse-1");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=7,p=1$"), hash);
        assertTrue(hasher.matches("Correct-horse-1", hash));
        assertFalse(hasher.matches("correct-horse-1", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("Same-password-1"), hasher.hash("Same-password-1"));
    }

    @Test
    void storedHashesThatAreNotArgon2idNeverMatch() {
        assertFalse(hasher.matches("x", "$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$aGFzaA"));
        assertFalse(hasher.matches("x", "not a hash"));
        assertFalse(hasher.matches("x", null));
    }

    @Test
    void aHashFromTheReferenceImplementationVerifiesWithItsOwnParameters() {
        // Made with the reference argon2 CLI: echo -n Correct-horse-1 | argon2 somesalt16bytes! -id -t 2 -m 10 -p 1 -l
        // 32 -e
        String reference =
                "$argon2id$v=19$m=1024,t=2,p=1$c29tZXNhbHQxNmJ5dGVzIQ$qTwTNdV5mL2C5GTMLHIaKdVOUYI2mz6FR8ULS+fC+zM";
        assertTrue(hasher.matches("Correct-horse-1", reference));
        assertFalse(hasher.matches("Correct-horse-2", reference));
    }
}
