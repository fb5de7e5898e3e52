package com.crossborder.verification.web;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private ItDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("verification.it.db-url"),
                System.getProperty("verification.it.db-user"), System.getProperty("verification.it.db-password"));
    }

    /** Every SMS queued for a (masked) number, oldest first. */
    public static List<Sms> smsTo(String phoneMasked) {
        FieldCipher cipher = new FieldCipher(keys());
        List<Sms> messages = new ArrayList<>();
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(
                "SELECT template, status, text_encrypted FROM sms_outbox WHERE phone_masked = ? ORDER BY created_at")) {
            select.setString(1, phoneMasked);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.add(new Sms(phoneMasked, rows.getString(1), rows.getString(2),
                            cipher.decryptText(rows.getBytes(3), "sms_outbox.text")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return messages;
    }

    public static Sms lastSmsTo(String phoneMasked) {
        List<Sms> all = smsTo(phoneMasked);
        if (all.isEmpty()) {
            throw new AssertionError("no SMS queued for " + phoneMasked);
        }
        return all.get(all.size() - 1);
    }

    public static long count(String sql, String parameter) {
        try (Connection db = connect(); PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeys keys() {
        Path dir = Path.of(System.getProperty("verification.it.data-dir"), "keys");
        try {
            return new SecretKeys(Base64.getDecoder().decode(Files.readString(dir.resolve("encryption.key")).strip()),
                    Base64.getDecoder().decode(Files.readString(dir.resolve("index.key")).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
