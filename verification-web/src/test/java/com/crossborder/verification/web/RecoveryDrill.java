package com.crossborder.verification.web;

import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.SecretKeys;
import com.crossborder.verification.shared.model.Ids;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the crash tests share ({@link CrashRecoveryIT}, {@link TwoNodesIT}): submitted applications seeded straight
 * into the database as the benchmark seeds them, counts read behind the API, and the wait for the run that recovered
 * a dead one.
 */
final class RecoveryDrill {

    /** Opens a connection to the database the nodes use. */
    @FunctionalInterface
    interface Database {
        Connection connect() throws SQLException;
    }

    private RecoveryDrill() {}

    /**
     * {@code applications} SUBMITTED applications, each with its own card; every {@code expiredEvery}-th has an expired
     * document and an applicant account with a phone, so that screening rejects it and queues one SMS.
     */
    static void seed(Database database, SecretKeys keys, int applications, int expiredEvery, String tag)
            throws SQLException {
        FieldCipher cipher = new FieldCipher(keys);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (Connection db = database.connect();
                DirectRows rows = new DirectRows(db);
                PreparedStatement account = db.prepareStatement("INSERT INTO account (id, username, password_hash, "
                        + "role, created_at, tokens_valid_after, version, phone_index, phone_encrypted, phone_masked) "
                        + "VALUES (?, NULL, 'x', 'APPLICANT', ?, ?, 0, ?, ?, '139****0000')");
                PreparedStatement applicant =
                        db.prepareStatement("UPDATE application SET applicant_id = ? WHERE id = ?")) {
            db.setAutoCommit(false);
            List<String[]> applicants = new ArrayList<>();
            for (int i = 0; i < applications; i++) {
                String card = Ids.next().toString();
                String id = Ids.next().toString();
                String number = String.format("6%010d", i);
                boolean expired = i % expiredEvery == 0;
                rows.card(card, number, "PENDING", null, now);
                rows.application(id, number, card, "SUBMITTED", now.plusNanos(i * 1000L));
                rows.identity(
                        id, tag + "-" + id, tag + "-name-" + id, expired ? today.minusDays(1) : today.plusYears(3));
                if (expired) {
                    String accountId = Ids.next().toString();
                    account.setString(1, accountId);
                    account.setObject(2, now);
                    account.setObject(3, now);
                    account.setString(4, tag + "-phone-" + i);
                    account.setBytes(5, cipher.encryptText(String.format("+86139%08d", i), "account.phone"));
                    account.addBatch();
                    applicants.add(new String[] {accountId, id});
                }
                if (i % 500 == 499) {
                    rows.flush();
                    account.executeBatch();
                }
            }
            rows.flush();
            account.executeBatch();
            for (String[] pair : applicants) {
                applicant.setString(1, pair[0]);
                applicant.setString(2, pair[1]);
                applicant.addBatch();
            }
            applicant.executeBatch();
            db.commit();
        }
    }

    static long count(Database database, String sql) throws SQLException {
        try (Connection db = database.connect();
                PreparedStatement select = db.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Applications no longer SUBMITTED: screened by some run. */
    static long screened(Database database) throws SQLException {
        return count(database, "SELECT COUNT(*) FROM application WHERE status <> 'SUBMITTED'");
    }

    /** Starts {@code pending-review} in small chunks, so that a kill lands mid-run. */
    static long startPendingReview(Api api, String admin) {
        return api.post("api/v1/admin/jobs/pending-review/executions?chunkSize=20&partitions=2", "", admin)
                .expect(202)
                .json()
                .getJsonNumber("executionId")
                .longValue();
    }

    /** Waits until at least {@code count} applications are screened (two minutes at most); returns how many are. */
    static long awaitScreened(Database database, long count) throws SQLException, InterruptedException {
        long done = 0;
        Instant deadline = Instant.now().plusSeconds(120);
        while (done < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            done = screened(database);
        }
        return done;
    }

    /** Waits for the run that recovered {@code first} to end; fails after five minutes. */
    static JsonObject awaitRecovery(Api api, String admin, long first, Supplier<String> logs)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> recovery = api
                    .get("api/v1/admin/jobs/pending-review/executions?size=10", admin)
                    .expect(200)
                    .jsonValue()
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(run -> run.containsKey("recoveredFrom")
                            && !run.isNull("recoveredFrom")
                            && run.getJsonNumber("recoveredFrom").longValue() == first)
                    .findFirst();
            if (recovery.isPresent() && !recovery.get().getString("status").matches("STARTING|STARTED")) {
                return recovery.get();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("run " + first + " not recovered within five minutes; log: " + logs.get());
    }
}
