package com.crossborder.verification.web.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Development key files under the data directory: created owner-only from the first byte (the permissions are given
 * to the create call, never set afterwards, so no other user can open the file in between), in an owner-only
 * directory.
 */
public final class KeyFiles {

    private static final Logger LOG = Logger.getLogger(KeyFiles.class.getName());
    private static final Object LOCK = new Object();

    private KeyFiles() {}

    /** The base64 key in the file, made with {@code length} random bytes when it does not exist yet. */
    public static byte[] developmentKey(Path file, int length) {
        synchronized (LOCK) {
            try {
                if (!Files.exists(file)) {
                    byte[] fresh = new byte[length];
                    new SecureRandom().nextBytes(fresh);
                    if (writeOwnerOnly(file, Base64.getEncoder().encodeToString(fresh))) {
                        LOG.warning("Generated a development data key " + file
                                + "; configure verification.crypto.* in production.");
                    }
                }
                return Base64.getDecoder()
                        .decode(Files.readString(file, StandardCharsets.US_ASCII)
                                .strip());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read or create the development key " + file, e);
            }
        }
    }

    /**
     * Writes a new file readable by its owner only (created so, in a directory created owner-only); false when another
     * start-up made it first.
     */
    public static boolean writeOwnerOnly(Path file, String content) throws IOException {
        createDirectoriesOwnerOnly(file.getParent());
        FileAttribute<?>[] ownerOnly = posix(file)
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        try {
            Files.createFile(file, ownerOnly);
        } catch (FileAlreadyExistsException raced) {
            return false;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        return true;
    }

    public static void createDirectoriesOwnerOnly(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
        }
        try {
            if (posix(parent == null ? dir : parent)) {
                Set<PosixFilePermission> rwx = PosixFilePermissions.fromString("rwx------");
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(rwx));
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException raced) {
            // another start-up made it
        }
    }

    public static boolean posix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null
                && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
