import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a fresh set of keys into a directory, one file per MicroProfile Config key, named after the key and holding
 * its value on one line (what deploy.sh turns into password aliases): the data key, the blind-index key, the audit
 * key and the token key pair (PKCS#8 and X.509, base64 without PEM armour). Refuses to overwrite any file: losing the
 * data or index key makes every stored personal value unreadable.
 *
 * <p>Run with the JDK alone: {@code java deploy/GenerateKeys.java /secure/place/verification-keys}
 */
public class GenerateKeys {

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: java deploy/GenerateKeys.java DIRECTORY");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        SecureRandom random = new SecureRandom();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, random);
        KeyPair tokenKeys = generator.generateKeyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("verification.crypto.encryption-key", base64.encodeToString(bytes(random, 32)));
        keys.put("verification.crypto.index-key", base64.encodeToString(bytes(random, 32)));
        keys.put("verification.audit.key", base64.encodeToString(bytes(random, 32)));
        keys.put("verification.jwt.private-key", base64.encodeToString(tokenKeys.getPrivate().getEncoded()));
        keys.put("mp.jwt.verify.publickey", base64.encodeToString(tokenKeys.getPublic().getEncoded()));
        for (String name : keys.keySet()) {
            if (Files.exists(dir.resolve(name))) {
                System.err.println(dir.resolve(name) + " exists: not overwriting any key");
                System.exit(1);
            }
        }
        boolean posix = Files.getFileStore(Files.createDirectories(dir)).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        for (Map.Entry<String, String> key : keys.entrySet()) {
            Path file = dir.resolve(key.getKey());
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, key.getValue(), StandardCharsets.US_ASCII);
            System.out.println("wrote " + file);
        }
    }

    private static byte[] bytes(SecureRandom random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
