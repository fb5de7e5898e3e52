package com.crossborder.verification.web;

import com.crossborder.verification.shared.crypto.BlindIndex;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.SecretKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tests' look behind the API: the database the server uses, and the SMS it queued (decrypted with the
 * development key, as a developer would read the code from the log).
 */
public final class ItDatabase {

    /** One queued SMS as a handset would show it. */
    public record Sms(String phoneMasked, String template, String status, String text) {
        public String code() {
            Matcher digits = Pattern.compile("(\\d{6})").matcher(text);
            if (!digits.find()) {
                throw new AssertionError("no code in " + text);
            }
            return digits.group(1);
        }
    }

    private ItDatabase() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("verification.it.db-url"),
                System.getProperty("verification.it.db-user"),
                System.getProperty("verification.it.db-password"));
    }

    /** Runs one statement with its parameters: ages or breaks the data the API made, as time or a fault would. */
    public static void update(String statement, Object... parameters) throws SQLException {
        try (Connection db = connect();
                PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    /**
     * Every SMS queued for a number, oldest first. Masked numbers repeat across test runs (137****1234 stands for
     * ten thousand numbers), so rows are found by the masked form and kept only when the decrypted number matches.
     */
    public static List<Sms> smsTo(Applicants.Phone phone) {
        FieldCipher cipher = new FieldCipher(keys());
        String e164 = "+86" + phone.digits();
        List<Sms> messages = new ArrayList<>();
        try (Connection db = connect();
                PreparedStatement select = db.prepareStatement(
                        "SELECT template, status, text_encrypted, phone_encrypted FROM sms_outbox WHERE phone_masked = ? ORDER BY created_at")) {
            select.setString(1, phone.masked());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (cipher.decryptText(rows.getBytes(4), "sms_outbox.phone").equals(e164)) {
                        messages.add(new Sms(
                                phone.masked(),
                                rows.getString(1),
                                rows.getString(2),
                                cipher.decryptText(rows.getBytes(3), "sms_outbox.text")));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return messages;
    }

    public static Sms lastSmsTo(Applicants.Phone phone) {
        List<Sms> all = smsTo(phone);
        if (all.isEmpty()) {
            throw new AssertionError("no SMS queued for " + phone.masked());
        }
        return all.get(all.size() - 1);
    }

    /** How many accounts the number has, found by its blind index as the server finds it. */
    public static long accountsWith(Applicants.Phone phone) {
        String index = new BlindIndex(keys()).of("phone", "+86" + phone.digits());
        return count("SELECT COUNT(*) FROM account WHERE phone_index = ?", index);
    }

    public static long count(String sql, String parameter) {
        try (Connection db = connect();
                PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The development keys the server made under the IT data directory: every encryption key by its id. */
    static SecretKeys keys() {
        Path dir = Path.of(System.getProperty("verification.it.data-dir"), "keys");
        try (Stream<Path> files = Files.list(dir)) {
            Map<String, byte[]> encryption = new TreeMap<>();
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals("encryption.key")) {
                    encryption.put("1", read(file));
                } else if (name.matches("encryption-.+\\.key")) {
                    encryption.put(name.substring("encryption-".length(), name.length() - 4), read(file));
                }
            }
            return new SecretKeys(encryption, encryption.keySet().iterator().next(), read(dir.resolve("index.key")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path keyFile) throws IOException {
        return Base64.getDecoder().decode(Files.readString(keyFile).strip());
    }
}
