package com.crossborder.verification.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeDefaultsTest {

    private static final String PG = "jdbc:postgresql://db:5432/verification";

    @Test
    void aServerOnARealDatabaseRefusesGeneratedKeysAndTheLogGateway() {
        assertEquals(
                5,
                SafeDefaults.unsafe("production", PG, false, false, false, false, "log")
                        .size());
        assertEquals(
                1,
                SafeDefaults.unsafe("production", PG, true, true, true, false, "smpp")
                        .size());
        assertTrue(SafeDefaults.unsafe("production", PG, true, true, true, true, "smpp")
                .isEmpty());
    }

    @Test
    void developmentModeAndTheEmbeddedDatabaseAllowThem() {
        assertTrue(SafeDefaults.unsafe("development", PG, false, false, false, false, "log")
                .isEmpty());
        assertTrue(SafeDefaults.unsafe(
                        "production", "jdbc:h2:file:./data/db/verification", false, false, false, false, "log")
                .isEmpty());
    }

    @Test
    void keyFilesAreOwnerOnlyFromTheStart(@TempDir Path data) throws IOException {
        Path file = data.resolve("keys").resolve("encryption-2.key");
        byte[] key = KeyFiles.developmentKey(file, 32);
        assertEquals(32, key.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(32, KeyFiles.developmentKey(file, 32).length, "read again, not made again");
    }
}
