package com.crossborder.verification.web;

import jakarta.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What time, a second node or an insider would do to the records the API made, and what a look into the database
 * shows: each change named for what it means, the SQL kept here.
 */
public final class ItRecords {

    /** The check code every card registered by {@link #registeredCard} carries. */
    public static final String CHECK_CODE = "K7Q2M9";

    private ItRecords() {}

    /**
     * The card operator's registry knows the card as ACTIVE with {@link #CHECK_CODE} (written as the import job writes
     * it: the code's HMAC with the server's index key); returns the body that binds it: {@code {cardNumber, checkCode}}.
     */
    public static String registeredCard(String cardNumber) {
        cardRegistered(cardNumber, CHECK_CODE, "ACTIVE");
        return Json.createObjectBuilder()
                .add("cardNumber", cardNumber)
                .add("checkCode", CHECK_CODE)
                .build()
                .toString();
    }

    /** The registry entry of the card, written (or replaced) straight into the database. */
    public static void cardRegistered(String cardNumber, String checkCode, String status) {
        update("DELETE FROM card_registry WHERE card_number = ?", cardNumber);
        update(
                "INSERT INTO card_registry (card_number, check_hash, status, updated_at, version) VALUES (?, ?, ?, ?, 0)",
                cardNumber,
                checkHash(cardNumber, checkCode),
                status,
                utc(Instant.now()));
    }

    /** HMAC-SHA256 with the server's index key over "card-check-code", a zero byte and "number:CODE". */
    static String checkHash(String cardNumber, String checkCode) {
        try {
            Path keyFile = Path.of(System.getProperty("verification.it.data-dir"), "keys", "index.key");
            byte[] key = Base64.getDecoder().decode(Files.readString(keyFile).strip());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update("card-check-code".getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of()
                    .formatHex(mac.doFinal(
                            (cardNumber + ":" + checkCode.toUpperCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute the check code's hash", e);
        }
    }

    /** The declared document now expires (or expired) on {@code date}. */
    public static void documentExpiresOn(String applicationId, LocalDate date) {
        update("UPDATE application_identity SET expiry_date = ? WHERE application_id = ?", date, applicationId);
    }

    /**
     * The photo's recorded exposure changes to that of a dark, flat picture (mean 12, a tonal spread of 20), as if the
     * photo rules in force had been stricter at upload.
     */
    public static void photoMeasuredUnderexposed(String applicationId, String kind) {
        update(
                "UPDATE application_photo SET brightness = 12, highlights_clipped = 0, shadows_clipped = 0.1, contrast = 20, "
                        + "midtone = 12 WHERE application_id = ? AND kind = ?",
                applicationId,
                kind);
    }

    /**
     * The photo's row as photos were stored before V8: mean brightness only, no clipping, contrast or faces (what an
     * older server left in the database).
     */
    public static void photoMeasuredBeforeExposureChecks(String applicationId, String kind, double brightness) {
        update(
                "UPDATE application_photo SET brightness = ?, highlights_clipped = NULL, shadows_clipped = NULL, "
                        + "contrast = NULL, midtone = NULL, face_count = NULL, face_x = NULL, face_y = NULL, face_width = NULL, "
                        + "face_height = NULL, second_face_ratio = NULL WHERE application_id = ? AND kind = ?",
                brightness,
                applicationId,
                kind);
    }

    /**
     * A second open application for the same card and identity, submitted a minute after {@code applicationId}
     * (the API refuses to start one; an old client or a race could have left it).
     */
    public static String duplicateSubmittedLater(String applicationId) {
        String duplicate = UUID.randomUUID().toString();
        update(
                "INSERT INTO application (id, card_number, applicant_id, status, created_at, submitted_at, sla_deadline, "
                        + "version, card_id, reupload_rounds) SELECT ?, card_number, applicant_id, status, created_at, ?, sla_deadline, "
                        + "0, card_id, 0 FROM application WHERE id = ?",
                duplicate,
                utc(Instant.now().plusSeconds(60)),
                applicationId);
        update(
                "INSERT INTO application_identity (application_id, document_type, number_encrypted, number_masked, "
                        + "identity_index, name_encrypted, name_index, expiry_date, long_term) SELECT ?, "
                        + "document_type, number_encrypted, number_masked, identity_index, name_encrypted, name_index, "
                        + "expiry_date, long_term FROM application_identity WHERE application_id = ?",
                duplicate,
                applicationId);
        return duplicate;
    }

    /** The review deadline passed {@code hours} ago. */
    public static void deadlinePassedHoursAgo(String applicationId, int hours) {
        update(
                "UPDATE application SET sla_deadline = ? WHERE id = ?",
                utc(Instant.now().minusSeconds(hours * 3600L)),
                applicationId);
    }

    /** A reviewer took the case and its deadline passed {@code hours} ago. */
    public static void inReviewPastDeadline(String applicationId, int hours) {
        update("UPDATE application SET status = 'IN_REVIEW' WHERE id = ?", applicationId);
        deadlinePassedHoursAgo(applicationId, hours);
    }

    /** The application was decided {@code days} ago. */
    public static void decidedDaysAgo(String applicationId, int days) {
        update(
                "UPDATE application SET decided_at = ? WHERE id = ?",
                utc(Instant.now().minusSeconds(days * 86400L)),
                applicationId);
    }

    /** Nobody touched the application (a draft or a re-upload request) for {@code days}. */
    public static void untouchedDaysAgo(String applicationId, int days) {
        update(
                "UPDATE application SET touched_at = ? WHERE id = ?",
                utc(Instant.now().minusSeconds(days * 86400L)),
                applicationId);
    }

    /** Whether the identity declared for the application is still stored (1) or not (0). */
    public static long identityKept(String applicationId) {
        return ItDatabase.count("SELECT COUNT(*) FROM application_identity WHERE application_id = ?", applicationId);
    }

    /** A counter scan taken {@code hours} ago and never attached to a visit (at an outlet made for it); its id. */
    public static String unattachedScanTakenHoursAgo(int hours) {
        String outlet = "IT-SCAN-" + UUID.randomUUID().toString().substring(0, 8);
        Instant taken = Instant.now().minusSeconds(hours * 3600L);
        update(
                "INSERT INTO outlet (code, name, address, time_zone, created_at) VALUES (?, ?, ?, ?, ?)",
                outlet,
                "Scan outlet",
                "1 Test Road",
                "Asia/Shanghai",
                utc(taken));
        String id = UUID.randomUUID().toString();
        update(
                "INSERT INTO outlet_scan (id, outlet_code, staff_id, media_type, content_encrypted, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                id,
                outlet,
                UUID.randomUUID().toString(),
                "image/jpeg",
                new byte[] {1, 2, 3},
                utc(taken));
        return id;
    }

    /** Whether the scan is still stored (1) or not (0). */
    public static long scanKept(String scanId) {
        return ItDatabase.count("SELECT COUNT(*) FROM outlet_scan WHERE id = ?", scanId);
    }

    /** How many photos of the application are stored. */
    public static long photosKept(String applicationId) {
        return ItDatabase.count("SELECT COUNT(*) FROM application_photo WHERE application_id = ?", applicationId);
    }

    /** Another node holds the job's lease until {@code until}. */
    public static void leaseHeldBy(String jobName, String node, Instant until) {
        update("INSERT INTO job_lease (job_name, holder, expires_at) VALUES (?, ?, ?)", jobName, node, utc(until));
    }

    public static void leaseGivenBack(String jobName, String node) {
        update("DELETE FROM job_lease WHERE job_name = ? AND holder = ?", jobName, node);
    }

    /** SUBMITTED applications written straight into the database (no applicant), identity indexes starting with the prefix. */
    public static int seedSubmitted(int count, String prefix, LocalDate expiry) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection db = ItDatabase.connect();
                DirectRows rows = new DirectRows(db)) {
            for (int i = 0; i < count; i++) {
                String cardId = UUID.randomUUID().toString();
                String id = UUID.randomUUID().toString();
                String number = "7"
                        + String.format(
                                "%010d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000_000L));
                rows.card(cardId, number, "PENDING", null, now);
                rows.application(id, number, cardId, "SUBMITTED", now);
                rows.identity(id, prefix + id, "seeded-name-" + id, expiry);
            }
            rows.flush();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return count;
    }

    /** How many of the seeded applications are with a reviewer now. */
    public static long seededInReview(String prefix) {
        return ItDatabase.count(
                "SELECT COUNT(*) FROM application a JOIN application_identity i ON i.application_id = a.id "
                        + "WHERE a.status = 'IN_REVIEW' AND i.identity_index LIKE ?",
                prefix + "%");
    }

    /** How many times the audit trail says a seeded application was queued. */
    public static long seededQueuings(String prefix) {
        return ItDatabase.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'APPLICATION_QUEUED' AND object_id IN "
                        + "(SELECT application_id FROM application_identity WHERE identity_index LIKE ?)",
                prefix + "%");
    }

    /** Takes the seeded applications, their identities and cards away again. */
    public static void removeSeeded(String prefix) {
        try (Connection db = ItDatabase.connect()) {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("SELECT a.id, a.card_id FROM application a "
                    + "JOIN application_identity i ON i.application_id = a.id WHERE i.identity_index LIKE ?")) {
                select.setString(1, prefix + "%");
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(new String[] {row.getString(1), row.getString(2)});
                    }
                }
            }
            for (String sql : new String[] {
                "DELETE FROM application_identity WHERE application_id = ?",
                "DELETE FROM application WHERE id = ?",
                "DELETE FROM card WHERE id = ?"
            }) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    for (String[] row : rows) {
                        delete.setString(1, sql.contains("card") ? row[1] : row[0]);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every stored document number as the database holds it (ciphertext read as text) and its masked form. */
    public static List<String[]> storedDocumentNumbers() {
        List<String[]> stored = new ArrayList<>();
        try (Connection db = ItDatabase.connect();
                PreparedStatement select =
                        db.prepareStatement("SELECT number_encrypted, number_masked FROM application_identity");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                stored.add(new String[] {new String(rows.getBytes(1), StandardCharsets.ISO_8859_1), rows.getString(2)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return stored;
    }

    /** The audit key id of the newest audit row. */
    public static String auditKeyIdOfLastRow() {
        try (Connection db = ItDatabase.connect();
                PreparedStatement select =
                        db.prepareStatement("SELECT key_id FROM audit_event ORDER BY seq DESC LIMIT 1");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The details of one audit row as stored. */
    public static String auditDetails(long sequence) {
        try (Connection db = ItDatabase.connect();
                PreparedStatement select = db.prepareStatement("SELECT details FROM audit_event WHERE seq = ?")) {
            select.setLong(1, sequence);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no audit row " + sequence);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An insider with database access rewrites an audit row's details behind the chain's back. */
    public static void auditDetailsRewritten(long sequence, String details) {
        update("UPDATE audit_event SET details = ? WHERE seq = ?", details, sequence);
    }

    /** Audit rows whose details contain the text. */
    public static long auditRowsMentioning(String text) {
        return ItDatabase.count("SELECT COUNT(*) FROM audit_event WHERE details LIKE ?", "%" + text + "%");
    }

    /** Queued SMS whose masked number contains the text. */
    public static long smsWithMaskedNumberContaining(String text) {
        return ItDatabase.count("SELECT COUNT(*) FROM sms_outbox WHERE phone_masked LIKE ?", "%" + text + "%");
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void update(String statement, Object... parameters) {
        try {
            ItDatabase.update(statement, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
