package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.SecretKeys;
import com.crossborder.verification.shared.model.Ids;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Path dir = createDir();
    private final int port = freePort();
    /** WRITE_DELAY=0: a commit is on disk when it returns, as with PostgreSQL, and survives the SIGKILL. */
    private final String dbUrl = "jdbc:h2:file:" + dir.resolve("db/verification")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";

    private Process server;

    @AfterEach
    void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void aServerKilledMidRunRecoversTheRunByItselfAndHandlesEveryApplicationOnce() throws Exception {
        Instant testStart = Instant.now();
        start("first");
        Api api = new Api(URI.create("http://127.0.0.1:" + port + "/").toURL());
        String admin = api.adminToken();
        seed();

        long first = api.post("api/v1/admin/jobs/pending-review/executions?chunkSize=20&partitions=2", "", admin)
                .expect(202)
                .json()
                .getJsonNumber("executionId")
                .longValue();
        long done = 0;
        Instant deadline = Instant.now().plusSeconds(120);
        while (done < 100 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            done = screened();
        }
        server.destroyForcibly().waitFor();
        long atKill = screened();
        assertTrue(atKill > 0 && atKill < APPLICATIONS, "killed mid-run, after " + atKill);

        // The dead process had claimed an SMS (SENDING) and never recorded the SMSC's answer.
        String stuck = stuckSms();

        start("second");
        String admin2 = api.adminToken();
        JsonObject recovered = awaitRecovery(api, admin2, first);
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

    /** Waits for the run that recovered {@code first} to end; fails after five minutes. */
    private JsonObject awaitRecovery(Api api, String admin, long first) throws InterruptedException {
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
        throw new AssertionError("run " + first + " not recovered within five minutes; log: " + logTail());
    }

    private void start(String name) throws Exception {
        Path commands = dir.resolve("post-boot-commands.asadmin");
        Files.writeString(
                commands,
                "create-jdbc-connection-pool --datasourceclassname=org.h2.jdbcx.JdbcDataSource "
                        + "--restype=javax.sql.DataSource --property=url=jdbc\\:h2\\:file\\:"
                        + dir.resolve("db/batch-jobs").toString().replace(":", "\\:") + " BatchJobsPool\n"
                        + "create-jdbc-resource --connectionpoolid=BatchJobsPool jdbc/batchJobs\n"
                        + "set-batch-runtime-configuration --datasourcelookupname=jdbc/batchJobs\n");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-jar",
                        System.getProperty("payara.microJar"),
                        "--deploy",
                        System.getProperty("verification.war"),
                        "--contextroot",
                        "/",
                        "--port",
                        Integer.toString(port),
                        "--nocluster",
                        "--postbootcommandfile",
                        commands.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("VERIFICATION_DATA_DIR", dir.toString());
        env.put("VERIFICATION_DB_URL", dbUrl);
        env.put("VERIFICATION_DB_USER", "verification");
        env.put("VERIFICATION_DB_PASSWORD", "verification");
        env.put("VERIFICATION_ADMIN_INITIAL_PASSWORD", System.getProperty("verification.admin.password"));
        env.put("VERIFICATION_JOBS_LEASE_DURATION", "PT20S");
        env.put("VERIFICATION_JOBS_HEARTBEAT", "PT5S");
        env.put("VERIFICATION_SMS_CLAIM_TIMEOUT", "PT10S");
        env.remove("JAVA_TOOL_OPTIONS");
        server = builder.start();
        Instant deadline = Instant.now().plusSeconds(600);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("server " + name + " exited: " + logTail());
            }
            try {
                HttpResponse<String> ready = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("server " + name + " not ready: " + logTail());
    }

    /** Submitted applications as the benchmark seeds them; every n-th expired, of an applicant with a phone. */
    private void seed() throws Exception {
        FieldCipher cipher = new FieldCipher(keys());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (Connection db = connect();
                DirectRows rows = new DirectRows(db);
                PreparedStatement account = db.prepareStatement("INSERT INTO account (id, username, password_hash, "
                        + "role, created_at, tokens_valid_after, version, phone_index, phone_encrypted, phone_masked) "
                        + "VALUES (?, NULL, 'x', 'APPLICANT', ?, ?, 0, ?, ?, '139****0000')");
                PreparedStatement applicant =
                        db.prepareStatement("UPDATE application SET applicant_id = ? WHERE id = ?")) {
            db.setAutoCommit(false);
            List<String[]> applicants = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                String card = Ids.next().toString();
                String id = Ids.next().toString();
                String number = String.format("6%010d", i);
                boolean expired = i % EXPIRED_EVERY == 0;
                rows.card(card, number, "PENDING", null, now);
                rows.application(id, number, card, "SUBMITTED", now.plusNanos(i * 1000L));
                rows.identity(id, "crash-" + id, "crash-name-" + id, expired ? today.minusDays(1) : today.plusYears(3));
                if (expired) {
                    String accountId = Ids.next().toString();
                    account.setString(1, accountId);
                    account.setObject(2, now);
                    account.setObject(3, now);
                    account.setString(4, "crash-phone-" + i);
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

    private long screened() throws SQLException {
        return count("SELECT COUNT(*) FROM application WHERE status <> 'SUBMITTED'");
    }

    private long count(String sql) throws SQLException {
        try (Connection db = connect();
                PreparedStatement select = db.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
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

    private String logTail() {
        StringBuilder tail = new StringBuilder();
        for (String name : List.of("first", "second")) {
            Path log = dir.resolve(name + ".log");
            try {
                if (Files.exists(log)) {
                    List<String> lines = Files.readAllLines(log);
                    tail.append("\n--- ")
                            .append(name)
                            .append(".log ---\n")
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
                }
            } catch (IOException unreadable) {
                tail.append(unreadable);
            }
        }
        return tail.toString();
    }

    private static Path createDir() {
        try {
            Path target =
                    Path.of(System.getProperty("verification.it.data-dir")).getParent();
            return Files.createTempDirectory(target, "crash-it-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
