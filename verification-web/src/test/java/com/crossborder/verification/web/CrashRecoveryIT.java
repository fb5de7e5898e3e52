package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.SecretKeys;
import com.crossborder.verification.shared.model.Ids;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A real crash: a second Payara Micro process, started by this test with the built WAR on an H2 file database in a
 * directory of its own, is killed with SIGKILL ({@code destroyForcibly}) in the middle of {@code pending-review} and
 * started again. Nobody touches anything after that: its lease lapses (20 s here, set by the keys an operator
 * sets), the next heartbeat marks the dead run FAILED ({@code HOLDER_DIED}) and restarts it from its checkpoint, and
 * the run completes with every application handled exactly once and no SMS queued twice; an SMS that the dead
 * process had claimed is taken back after the claim timeout and sent once more.
 */
class CrashRecoveryIT {

    private static final int APPLICATIONS = 4000;
    /** Every n-th application has an expired document and an applicant account: rejected, told by SMS. */
    private static final int EXPIRED_EVERY = 40;

    private final Path dir = MicroNode.createDir("crash-it-");
    /** WRITE_DELAY=0: a commit is on disk when it returns, as with PostgreSQL, and survives the SIGKILL. */
    private final String dbUrl = "jdbc:h2:file:" + dir.resolve("db/verification")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";

    /**
     * The node the test starts, kills and starts again. Its job repository is an H2 file of its own: the data's H2
     * database (PostgreSQL mode) cannot hold Payara's JBATCH tables, so the shipped post-boot commands, which put the
     * repository in the data's database, serve PostgreSQL and the embedded default only.
     */
    private final MicroNode server = new MicroNode(
            "server",
            dir,
            Map.of(
                    "VERIFICATION_DATA_DIR", dir.toString(),
                    "VERIFICATION_DB_URL", dbUrl,
                    "VERIFICATION_DB_USER", "verification",
                    "VERIFICATION_DB_PASSWORD", "verification",
                    "VERIFICATION_ADMIN_INITIAL_PASSWORD", System.getProperty("verification.admin.password"),
                    "VERIFICATION_JOBS_LEASE_DURATION", "PT20S",
                    "VERIFICATION_JOBS_HEARTBEAT", "PT5S",
                    "VERIFICATION_SMS_CLAIM_TIMEOUT", "PT10S"),
            batchRepositoryCommands());

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aServerKilledMidRunRecoversTheRunByItselfAndHandlesEveryApplicationOnce() throws Exception {
        // Its node runs on an H2 file of its own whatever the build's database: on PostgreSQL (-Ppostgres) the same
        // crash is shown by TwoNodesIT, where the surviving node recovers the killed node's run.
        assumeFalse(
                String.valueOf(System.getProperty("verification.it.db-url")).startsWith("jdbc:postgresql:"),
                "run on H2; TwoNodesIT kills a node on PostgreSQL");
        Instant testStart = Instant.now();
        server.start();
        Api api = new Api(server.url());
        String admin = api.adminToken();
        RecoveryDrill.seed(this::connect, keys(), APPLICATIONS, EXPIRED_EVERY, "crash");

        long first = RecoveryDrill.startPendingReview(api, admin);
        RecoveryDrill.awaitScreened(this::connect, 100);
        server.kill();
        long atKill = RecoveryDrill.screened(this::connect);
        assertTrue(atKill > 0 && atKill < APPLICATIONS, "killed mid-run, after " + atKill);

        // The dead process had claimed an SMS (SENDING) and never recorded the SMSC's answer.
        String stuck = stuckSms();

        server.start();
        String admin2 = api.adminToken();
        JsonObject recovered = RecoveryDrill.awaitRecovery(api, admin2, first, server::logTail);
        assertEquals("COMPLETED", recovered.getString("status"), recovered::toString);
        assertEquals(first, recovered.getJsonNumber("recoveredFrom").longValue());
        JsonObject dead = api.get("api/v1/admin/jobs/executions/" + first, admin2)
                .expect(200)
                .json();
        assertEquals("FAILED", dead.getString("status"), dead::toString);
        assertEquals("HOLDER_DIED", dead.getString("exitStatus"), dead::toString);

        // Every application handled exactly once, and each rejected holder told once.
        assertEquals(0, count("SELECT COUNT(*) FROM application WHERE status = 'SUBMITTED'"));
        assertEquals(
                APPLICATIONS,
                count("SELECT COUNT(DISTINCT object_id) FROM audit_event WHERE action IN "
                        + "('APPLICATION_REJECTED', 'APPLICATION_QUEUED')"));
        assertEquals(
                APPLICATIONS,
                count("SELECT COUNT(*) FROM audit_event WHERE action IN "
                        + "('APPLICATION_REJECTED', 'APPLICATION_QUEUED')"),
                "no application handled twice");
        assertEquals(
                APPLICATIONS / EXPIRED_EVERY,
                count("SELECT COUNT(*) FROM sms_outbox WHERE template = " + "'APPLICATION_REJECTED'"),
                "one SMS per rejected holder, none queued twice");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'JOB_RECOVERED'"));

        // The claim of the dead process lapsed (10 s here) and the message was sent once more, once.
        Instant smsDeadline = Instant.now().plusSeconds(60);
        while (count("SELECT COUNT(*) FROM sms_outbox WHERE status IN ('PENDING', 'SENDING')") > 0
                && Instant.now().isBefore(smsDeadline)) {
            Thread.sleep(500);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM sms_outbox WHERE status IN ('PENDING', 'SENDING')"));
        assertEquals("DELIVERED/1/2", smsState(stuck));
        System.out.printf(
                "CrashRecoveryIT: killed after %d of %d screened; recovered and checked %d s after the test began%n",
                atKill, APPLICATIONS, Duration.between(testStart, Instant.now()).toSeconds());
    }

    /** An SMS the dead process claimed an hour ago and never finished. */
    private String stuckSms() throws Exception {
        FieldCipher cipher = new FieldCipher(keys());
        String id = Ids.next().toString();
        OffsetDateTime hourAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1);
        try (Connection db = connect();
                PreparedStatement insert = db.prepareStatement("INSERT INTO sms_outbox (id, template, phone_encrypted, "
                        + "phone_masked, text_encrypted, status, attempts, parts, parts_delivered, created_at, "
                        + "next_attempt_at, claimed_at, uncertain_sends, version) "
                        + "VALUES (?, 'PASSWORD_CHANGED', ?, '139****9999', ?, 'SENDING', 1, 0, 0, ?, ?, ?, 0, 0)")) {
            insert.setString(1, id);
            insert.setBytes(2, cipher.encryptText("+8613900009999", "sms_outbox.phone"));
            insert.setBytes(3, cipher.encryptText("【中港通】测试", "sms_outbox.text"));
            insert.setObject(4, hourAgo);
            insert.setObject(5, hourAgo);
            insert.setObject(6, hourAgo);
            insert.executeUpdate();
        }
        return id;
    }

    private String smsState(String id) throws SQLException {
        try (Connection db = connect();
                PreparedStatement select =
                        db.prepareStatement("SELECT status, uncertain_sends, attempts FROM sms_outbox WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1) + "/" + row.getInt(2) + "/" + row.getInt(3);
            }
        }
    }

    private Path batchRepositoryCommands() {
        try {
            return Files.writeString(
                    dir.resolve("post-boot-commands.asadmin"),
                    "create-jdbc-connection-pool --datasourceclassname=org.h2.jdbcx.JdbcDataSource "
                            + "--restype=javax.sql.DataSource --property=url=jdbc\\:h2\\:file\\:"
                            + dir.resolve("db/batch-jobs").toString().replace(":", "\\:") + " BatchJobsPool\n"
                            + "create-jdbc-resource --connectionpoolid=BatchJobsPool jdbc/batchJobs\n"
                            + "set-batch-runtime-configuration --datasourcelookupname=jdbc/batchJobs\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String sql) throws SQLException {
        return RecoveryDrill.count(this::connect, sql);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, "verification", "verification");
    }

    private SecretKeys keys() throws IOException {
        Path keys = dir.resolve("keys");
        return new SecretKeys(
                Base64.getDecoder()
                        .decode(Files.readString(keys.resolve("encryption.key")).strip()),
                Base64.getDecoder()
                        .decode(Files.readString(keys.resolve("index.key")).strip()));
    }
}
