package com.crossborder.verification.web.security;

import com.crossborder.verification.web.platform.KeyFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

/**
 * The RSA key pair that signs tokens. Production configures it; for development a pair is generated once
 * under {@code <data-dir>/keys} and reused on every start, so tokens survive a restart.
 */
public final class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final Object LOCK = new Object();

    private SigningKeys() {}

    /** The development key pair under the data directory, created on first use. */
    public static KeyPair development(Path dataDirectory) {
        Path dir = dataDirectory.resolve("keys");
        Path privateFile = dir.resolve("jwt-private.pem");
        Path publicFile = dir.resolve("jwt-public.pem");
        synchronized (LOCK) {
            try {
                if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                    generate(dir, privateFile, publicFile);
                }
                return new KeyPair(publicKey(Files.readString(publicFile)), privateKey(Files.readString(privateFile)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read or create the development signing keys in " + dir, e);
            }
        }
    }

    /** Where the development keys live when the data directory is not configured through MicroProfile Config. */
    public static Path dataDirectoryFromEnvironment() {
        String dir = System.getProperty("verification.data-dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("VERIFICATION_DATA_DIR");
        }
        return Path.of(dir == null || dir.isBlank() ? "./data" : dir);
    }

    /**
     * The public key that verifies tokens signed under {@code keyId}: the PEM key, or from a JWKS (or a single JWK) the
     * RSA key with that {@code kid}.
     */
    public static PublicKey verificationKey(String configured, String keyId) {
        String value = configured.strip();
        if (!value.startsWith("{")) {
            return publicKey(value);
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(value))) {
            json = reader.readObject();
        }
        List<JsonObject> keys =
                json.containsKey("keys") ? json.getJsonArray("keys").getValuesAs(JsonObject.class) : List.of(json);
        for (JsonObject jwk : keys) {
            if (keyId.equals(jwk.getString("kid", null)) && "RSA".equals(jwk.getString("kty", null))) {
                try {
                    return KeyFactory.getInstance("RSA")
                            .generatePublic(new RSAPublicKeySpec(
                                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")))));
                } catch (GeneralSecurityException e) {
                    throw new IllegalArgumentException("not an RSA key in the JWKS", e);
                }
            }
        }
        throw new IllegalStateException("mp.jwt.verify.publickey has no RSA key with the kid " + keyId
                + " (verification.jwt.key-id): the key that signs tokens must be among the keys that verify them");
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key in PEM form", e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key in PKCS#8 PEM form", e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static void generate(Path dir, Path privateFile, Path publicFile) throws IOException {
        KeyFiles.createDirectoriesOwnerOnly(dir);
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
        writeOnce(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
        writeOnce(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        LOG.warning("Generated a development token signing key pair in " + dir
                + "; configure verification.jwt.private-key and mp.jwt.verify.publickey in production.");
    }

    private static void writeOnce(Path target, String content, boolean secret) throws IOException {
        // Owner-only from creation (never widened, then narrowed); on Windows the directory's protection applies.
        FileAttribute<?>[] attributes = KeyFiles.posix(target.getParent())
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"))
                }
                : new FileAttribute<?>[0];
        Path temp =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp", attributes);
        Files.writeString(temp, content, StandardCharsets.US_ASCII);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
            Files.deleteIfExists(temp);
        }
    }
}
