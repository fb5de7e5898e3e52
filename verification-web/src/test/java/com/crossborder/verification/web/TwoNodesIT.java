package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.crossborder.verification.shared.crypto.SecretKeys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro processes on one PostgreSQL database, as two nodes behind a load balancer: both are given the same
 * keys (as an operator configures them; nothing is generated per node), so a token issued by one is accepted by the
 * other; the login throttle counts the attempts made through both; the batch job repository is the shared database
 * (the shipped post-boot commands), so when the node running {@code pending-review} is killed with SIGKILL the other
 * sees the run, marks it {@code HOLDER_DIED} once the lease lapses and completes a recovered run, every application
 * handled once; an anonymous endpoint's per-minute limit counts the requests of both. Runs only on PostgreSQL ({@code -Ppostgres}): two processes cannot share the embedded H2 file.
 */
class TwoNodesIT {

    private static final int APPLICATIONS = 3000;
    private static final int EXPIRED_EVERY = 50;

    /** The build's PostgreSQL database; the two nodes get a database of their own beside it (see {@link #ownDatabase}). */
    private final String buildDbUrl = System.getProperty("verification.it.db-url");

    private String dbUrl;
    private final String dbUser = System.getProperty("verification.it.db-user");
    private final String dbPassword = System.getProperty("verification.it.db-password");
    private final Path dir = MicroNode.createDir("two-nodes-it-");
    private final byte[] encryptionKey = random(32);
    private final byte[] indexKey = random(32);

    private MicroNode one;
    private MicroNode two;

    @AfterEach
    void stop() throws Exception {
        for (MicroNode node : new MicroNode[] {one, two}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void twoNodesShareTokensThrottlesAndJobsAndTheSurvivorRecoversTheKilledNodesRun() throws Exception {
        assumeTrue(buildDbUrl.startsWith("jdbc:postgresql:"), "two nodes need a shared database: run with -Ppostgres");
        dbUrl = ownDatabase();
        Instant testStart = Instant.now();
        Map<String, String> shared = sharedConfiguration();
        one = node("one", shared).launch();
        two = node("two", shared).launch();
        one.awaitReady();
        two.awaitReady();
        long startedIn = Duration.between(testStart, Instant.now()).toSeconds();
        Api api1 = new Api(one.url());
        Api api2 = new Api(two.url());

        // A token from node one works on node two.
        String admin = api1.adminToken();
        api2.get("api/v1/admin/jobs/pending-review/executions?size=1", admin).expect(200);

        // The login throttle counts the wrong passwords given through both nodes: five (per login and address) lock.
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(
                    401, wrongPassword(attempt % 2 == 1 ? api1 : api2).status(), "attempt " + attempt + " is judged");
        }
        Api.Answer lockedOnOne = wrongPassword(api1);
        Api.Answer lockedOnTwo = wrongPassword(api2);
        assertEquals(429, lockedOnOne.status(), lockedOnOne::body);
        assertTrue(lockedOnOne.body().contains("LOGIN_LOCKED"), lockedOnOne::body);
        assertEquals(429, lockedOnTwo.status(), lockedOnTwo::body);
        assertTrue(lockedOnTwo.body().contains("LOGIN_LOCKED"), lockedOnTwo::body);

        // The per-minute limit of an anonymous endpoint (letters, 30 a minute here) counts both nodes' requests: 20
        // on node one, a moment for the nodes to share their counts, then node two refuses after the 10 left.
        int judged = 0;
        long minute = Instant.now().getEpochSecond() / 60;
        if (Instant.now().getEpochSecond() % 60 > 45) {
            Thread.sleep((60 - Instant.now().getEpochSecond() % 60 + 1) * 1000); // all of it in one minute
            minute++;
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(404, api1.get("api/v1/letters/NO-SUCH-" + i, null).status(), "request " + i + " on one");
        }
        Thread.sleep(3_000);
        Api.Answer letter;
        do {
            letter = api2.get("api/v1/letters/NO-SUCH-" + judged, null);
        } while (letter.status() == 404 && ++judged < 30);
        assertEquals(429, letter.status(), letter::body);
        assertEquals(10, judged, "node two judged only what the limit had left");
        assertEquals(minute, Instant.now().getEpochSecond() / 60, "still the same minute");

        // pending-review starts on node one; while it runs, node two may not start it (the lease in job_lease).
        RecoveryDrill.seed(this::connect, new SecretKeys(encryptionKey, indexKey), APPLICATIONS, EXPIRED_EVERY, "two");
        long first = RecoveryDrill.startPendingReview(api1, admin);
        Api.Answer second = api2.post("api/v1/admin/jobs/pending-review/executions", "", admin);
        assertEquals(409, second.status(), second::body);
        assertTrue(second.body().contains("JOB_ALREADY_RUNNING"), second::body);
        // Node two reads the run from the shared job repository.
        assertEquals(
                "pending-review",
                api2.get("api/v1/admin/jobs/executions/" + first, admin)
                        .expect(200)
                        .json()
                        .getString("jobName"));

        RecoveryDrill.awaitScreened(this::connect, 100);
        one.kill();
        long atKill = RecoveryDrill.screened(this::connect);
        assertTrue(atKill > 0 && atKill < APPLICATIONS, "killed mid-run, after " + atKill);
        Instant killedAt = Instant.now();

        // Nobody touches anything: node two sees the lease lapse, marks the run dead and recovers it.
        JsonObject recovered = RecoveryDrill.awaitRecovery(api2, admin, first, this::logs);
        long recoveredIn = Duration.between(killedAt, Instant.now()).toSeconds();
        assertEquals("COMPLETED", recovered.getString("status"), recovered::toString);
        JsonObject dead = api2.get("api/v1/admin/jobs/executions/" + first, admin)
                .expect(200)
                .json();
        assertEquals("FAILED", dead.getString("status"), dead::toString);
        assertEquals("HOLDER_DIED", dead.getString("exitStatus"), dead::toString);

        assertEquals(0, count("SELECT COUNT(*) FROM application WHERE status = 'SUBMITTED'"));
        assertEquals(
                APPLICATIONS,
                count(
                        "SELECT COUNT(*) FROM audit_event WHERE action IN ('APPLICATION_REJECTED', 'APPLICATION_QUEUED')"),
                "every application handled once");
        assertEquals(
                APPLICATIONS,
                count("SELECT COUNT(DISTINCT object_id) FROM audit_event WHERE action IN "
                        + "('APPLICATION_REJECTED', 'APPLICATION_QUEUED')"));
        assertEquals(
                APPLICATIONS / EXPIRED_EVERY,
                count("SELECT COUNT(*) FROM sms_outbox WHERE template = 'APPLICATION_REJECTED'"),
                "one SMS per rejected holder");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'JOB_HOLDER_DIED'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'JOB_RECOVERED'"));
        // The job repository is the shared database's JBATCH tables, not a file of either node.
        assertTrue(count("SELECT COUNT(*) FROM jbatchexecutioninstancedata") >= 2);
        try (var files = Files.walk(dir)) {
            assertTrue(
                    files.noneMatch(file -> file.getFileName().toString().endsWith(".mv.db")),
                    "no H2 file in the nodes' directories");
        }
        System.out.printf(
                "TwoNodesIT: both nodes ready after %d s; node one killed after %d of %d screened; node two recovered"
                        + " the run %d s after the kill; %d s in all%n",
                startedIn,
                atKill,
                APPLICATIONS,
                recoveredIn,
                Duration.between(testStart, Instant.now()).toSeconds());
    }

    private Api.Answer wrongPassword(Api api) {
        return api.post(
                "api/v1/auth/token",
                Json.createObjectBuilder()
                        .add("username", "two-nodes-probe")
                        .add("password", "not-the-password")
                        .build()
                        .toString(),
                null);
    }

    /** What every node is given alike: the database, and keys generated here as an operator would. */
    private Map<String, String> sharedConfiguration() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair signing = generator.generateKeyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        Map<String, String> env = new HashMap<>();
        env.put("VERIFICATION_DB_URL", dbUrl);
        env.put("VERIFICATION_DB_USER", dbUser);
        env.put("VERIFICATION_DB_PASSWORD", dbPassword);
        env.put("VERIFICATION_ADMIN_INITIAL_PASSWORD", System.getProperty("verification.admin.password"));
        env.put(
                "VERIFICATION_JWT_PRIVATE_KEY",
                pem("PRIVATE KEY", signing.getPrivate().getEncoded()));
        env.put("MP_JWT_VERIFY_PUBLICKEY", pem("PUBLIC KEY", signing.getPublic().getEncoded()));
        env.put("VERIFICATION_CRYPTO_ENCRYPTION_KEY", base64.encodeToString(encryptionKey));
        env.put("VERIFICATION_CRYPTO_INDEX_KEY", base64.encodeToString(indexKey));
        env.put("VERIFICATION_AUDIT_KEY", base64.encodeToString(random(32)));
        env.put("VERIFICATION_LOGIN_MAX_FAILURES", "5");
        env.put("VERIFICATION_JOBS_LEASE_DURATION", "PT20S");
        env.put("VERIFICATION_JOBS_HEARTBEAT", "PT5S");
        return env;
    }

    /** A node with a data directory of its own: nothing in it is shared (the keys come from the configuration). */
    private MicroNode node(String name, Map<String, String> shared) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name));
        Map<String, String> env = new HashMap<>(shared);
        env.put("VERIFICATION_DATA_DIR", home.resolve("data").toString());
        return new MicroNode(name, home, env);
    }

    private String logs() {
        return one.logTail() + two.logTail();
    }

    private long count(String sql) throws SQLException {
        return RecoveryDrill.count(this::connect, sql);
    }

    /**
     * A fresh database beside the build's, {@code <name>_two_nodes}: the nodes' keys are generated here, so their rows
     * must not meet the other tests' (nor their counts these).
     */
    private String ownDatabase() throws SQLException {
        int slash = buildDbUrl.lastIndexOf('/');
        String name = buildDbUrl.substring(slash + 1).replaceAll("\\?.*", "") + "_two_nodes";
        try (Connection admin = DriverManager.getConnection(
                        buildDbUrl.substring(0, slash + 1) + "postgres", dbUser, dbPassword);
                Statement ddl = admin.createStatement()) {
            ddl.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            ddl.execute("CREATE DATABASE " + name + " WITH TEMPLATE = template0 ENCODING = 'UTF8'");
        }
        return buildDbUrl.substring(0, slash + 1) + name;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] random(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
