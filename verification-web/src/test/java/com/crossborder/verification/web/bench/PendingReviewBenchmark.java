package com.crossborder.verification.web.bench;

import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.SecretKeys;
import com.crossborder.verification.shared.model.Ids;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.web.DirectRows;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;

/**
 * Seeds N SUBMITTED applications straight into the database of a running server — each of an applicant account with a
 * phone (so that a rejection queues an SMS, as in production), with a card, a declared identity and three photo
 * checks; about 2 % with an expired document, 1 % whose name conflicts with an approved record of the same identity,
 * 0.5 % a second open application for the same card and 0.5 % with a photo that no longer meets the rules — then runs
 * {@code pending-review} through the admin API and prints rows, seconds, items per second, outcomes and the server's
 * peak used heap (sampled from /metrics each second).
 *
 * <p>Mode {@code sql} makes the same writes with set-based SQL instead (statuses, cards, one SMS outbox row per
 * rejection, one audit row per application appended after the chain's head): the floor to compare with. Mode {@code
 * both} seeds and screens the floor first, in the database {@code -Dbench.floorUrl} (a fresh one: migrated here), then
 * the job, and prints the ratio. See the README ("Benchmarks") for the command ({@code bench/pending-review.sh}).
 *
 * <p>Arguments: baseUrl adminPassword jdbcUrl dbUser dbPassword rows [chunkSize [partitions [job|sql|both]]]. System
 * properties: {@code bench.ids=random} (version 4 ids instead of time-ordered ones), {@code bench.encryptionKey} (the
 * server's {@code verification.crypto.encryption-key}, base64: the phones are encrypted with it), {@code
 * bench.floorUrl}.
 */
public final class PendingReviewBenchmark {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int SHARED_IDENTITIES = 100;
    private static final String[] PHOTO_KINDS = {"ID_FRONT", "ID_BACK", "FACE"};
    private static final boolean RANDOM_IDS = "random".equals(System.getProperty("bench.ids"));

    private PendingReviewBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
            throw new IllegalArgumentException("benchmarks target 127.0.0.1 only");
        }
        int rows = Integer.parseInt(args[5]);
        String chunkSize = args.length > 6 ? args[6] : "1000";
        String partitions = args.length > 7 ? args[7] : "4";
        String mode = args.length > 8 ? args[8] : "job";
        System.out.printf(
                "rows %,d, ids %s, chunk %s, partitions %s, mode %s%n",
                rows, RANDOM_IDS ? "random" : "time-ordered", chunkSize, partitions, mode);
        if (!"sql".equals(mode) && System.getProperty("bench.encryptionKey") == null) {
            throw new IllegalArgumentException(
                    "the job sends SMS to the seeded phones: give the server's encryption key as -Dbench.encryptionKey");
        }
        double floorSeconds = 0;
        double floorCpu = 0;
        if ("sql".equals(mode) || "both".equals(mode)) {
            String floorUrl = "both".equals(mode) ? System.getProperty("bench.floorUrl") : args[2];
            if (floorUrl == null) {
                throw new IllegalArgumentException("mode both needs -Dbench.floorUrl, a fresh database for the floor");
            }
            Flyway.configure()
                    .dataSource(floorUrl, args[3], args[4])
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            seedAndAnalyze(batched(floorUrl), args[3], args[4], rows);
            try (Connection db = DriverManager.getConnection(floorUrl, args[3], args[4])) {
                double before = databaseCpuSeconds(db);
                floorSeconds = plainSql(db, rows);
                floorCpu = databaseCpuSeconds(db) - before;
                System.out.printf("floor CPU: database backend %.1f s%n", floorCpu);
            }
            if ("sql".equals(mode)) {
                return;
            }
        }
        String jdbcUrl = batched(args[2]);
        seedAndAnalyze(jdbcUrl, args[3], args[4], rows);

        double[] cpuBefore;
        try (Connection db = DriverManager.getConnection(jdbcUrl, args[3], args[4])) {
            cpuBefore = new double[] {databaseCpuSeconds(db), processCpuSeconds(System.getProperty("bench.serverPid"))};
        }
        String token = json(post(
                        base + "/api/v1/auth/token", "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}", null))
                .getString("accessToken");
        long started = System.nanoTime();
        long id = json(post(
                        base + "/api/v1/admin/jobs/pending-review/executions?chunkSize=" + chunkSize + "&partitions="
                                + partitions,
                        "",
                        token))
                .getJsonNumber("executionId")
                .longValue();
        double peakHeapMb = 0;
        JsonObject execution;
        do {
            Thread.sleep(1000);
            peakHeapMb = Math.max(peakHeapMb, usedHeapMb(base));
            execution = json(get(base + "/api/v1/admin/jobs/executions/" + id, token));
        } while (!execution.getString("status").matches("COMPLETED|FAILED|STOPPED|ABANDONED"));
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonObject screen = execution.getJsonArray("steps").getJsonObject(0);
        long read = screen.getJsonObject("metrics").getJsonNumber("READ_COUNT").longValue();
        System.out.printf(
                "pending-review %s: %,d rows screened in %.1f s (%.0f items/s); outcomes %s; peak used heap %.0f MiB%n",
                execution.getString("status"), read, seconds, read / seconds, screen.get("outcomes"), peakHeapMb);
        double jobDatabaseCpu;
        double jobServerCpu;
        try (Connection db = DriverManager.getConnection(jdbcUrl, args[3], args[4])) {
            jobDatabaseCpu = databaseCpuSeconds(db) - cpuBefore[0];
            jobServerCpu = processCpuSeconds(System.getProperty("bench.serverPid")) - cpuBefore[1];
            System.out.println("job wrote: " + written(db));
        }
        System.out.printf(
                "job CPU: database backends %.1f s, server %.1f s (about: includes the server's other work)%n",
                jobDatabaseCpu, jobServerCpu);
        if (floorSeconds > 0) {
            System.out.printf(
                    "ratio job / floor: %.2f (%,d rows, %s ids: job %.1f s, floor %.1f s); CPU ratio %.2f%n",
                    seconds / floorSeconds,
                    rows,
                    RANDOM_IDS ? "random" : "time-ordered",
                    seconds,
                    floorSeconds,
                    (jobDatabaseCpu + jobServerCpu) / floorCpu);
        }
    }

    /** PostgreSQL inserts a JDBC batch as one statement only when told to. */
    private static String batched(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql") && !jdbcUrl.contains("reWriteBatchedInserts")
                ? jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
                : jdbcUrl;
    }

    private static void seedAndAnalyze(String jdbcUrl, String user, String password, int rows) throws Exception {
        long seedStart = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            seed(db, rows);
            // Fresh statistics, as autovacuum would have gathered by night: without them the planner guesses sequential
            // scans.
            try (var statement = db.createStatement()) {
                statement.execute("ANALYZE");
            }
            db.commit();
        }
        System.out.printf("seeded %,d applications in %.1f s%n", rows, (System.nanoTime() - seedStart) / 1e9);
    }

    /**
     * CPU seconds used so far by the database's backend processes (PostgreSQL on this machine, read from /proc; 0
     * elsewhere): on a machine shared with other work, a steadier measure than elapsed time.
     */
    private static double databaseCpuSeconds(Connection db) throws Exception {
        double seconds = 0;
        if (!db.getMetaData().getURL().startsWith("jdbc:postgresql")) {
            return 0;
        }
        try (var statement = db.createStatement();
                var result =
                        statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")) {
            while (result.next()) {
                seconds += processCpuSeconds(Integer.toString(result.getInt(1)));
            }
        }
        return seconds;
    }

    /** User and system CPU seconds of a process on this machine, from /proc (0 when unknown). */
    private static double processCpuSeconds(String pid) {
        if (pid == null || pid.isBlank()) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid.strip(), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of the line, in clock ticks (100 a second on Linux)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (Exception unknown) {
            return 0;
        }
    }

    /** What a screening wrote: applications by status, cards refused, outbox and audit rows. */
    private static String written(Connection db) throws Exception {
        StringBuilder out = new StringBuilder();
        try (var statement = db.createStatement();
                var result =
                        statement.executeQuery("SELECT (SELECT count(*) FROM application WHERE status = 'REJECTED'), "
                                + "(SELECT count(*) FROM application WHERE status = 'IN_REVIEW'), "
                                + "(SELECT count(*) FROM card WHERE status = 'UNVERIFIED'), "
                                + "(SELECT count(*) FROM sms_outbox WHERE template = 'APPLICATION_REJECTED'), "
                                + "(SELECT count(*) FROM audit_event WHERE actor_id = 'job:pending-review')")) {
            result.next();
            out.append(String.format(
                    "rejected %,d, in review %,d, cards unverified %,d, outbox %,d, audit %,d",
                    result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4), result.getLong(5)));
        }
        return out.toString();
    }

    /**
     * The same writes as the job, set-based, in one transaction: the screening decided in one pass over the SUBMITTED
     * applications (the job's rules in the job's order: no declaration, expired document, earlier open application for
     * the card, a name approved for the identity that differs, photos failing the rules), then the applications, the
     * refused cards, one outbox row per rejection (to the applicant's phone; the text a placeholder, as SQL cannot seal
     * it) and one audit row per application after the chain's head (hashed with SHA-256 in SQL, each naming the one
     * before). The floor the job is compared with; returns its seconds.
     */
    private static double plainSql(Connection db, int rows) throws Exception {
        String today = "DATE '" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "'";
        String earlierOpen = "EXISTS (SELECT 1 FROM application o WHERE o.card_id = a.card_id AND o.id <> a.id "
                + "AND o.status IN ('SUBMITTED', 'IN_REVIEW', 'REUPLOAD_REQUESTED', 'REFERRED') "
                + "AND (o.submitted_at < a.submitted_at OR (o.submitted_at = a.submitted_at AND o.id < a.id)))";
        String[] statements = {
            "CREATE TEMPORARY TABLE screened ON COMMIT DROP AS SELECT a.id, a.card_id, a.applicant_id, CASE "
                    + "WHEN i.application_id IS NULL OR c.id IS NULL THEN 'INFORMATION_MISMATCH' "
                    + "WHEN i.long_term = FALSE AND i.expiry_date < " + today + " THEN 'DOCUMENT_EXPIRED' "
                    + "WHEN " + earlierOpen + " THEN 'DUPLICATE_APPLICATION' "
                    + "WHEN EXISTS (SELECT 1 FROM application_identity r JOIN application ra ON ra.id = r.application_id "
                    + "AND ra.status = 'APPROVED' WHERE r.identity_index = i.identity_index AND r.name_index <> i.name_index) "
                    + "THEN 'NAME_CONFLICT' "
                    + "WHEN EXISTS (SELECT 1 FROM application_photo p WHERE p.application_id = a.id AND (p.brightness < 50 "
                    + "OR p.brightness > 215 OR p.sharpness < 40 OR LEAST(p.width, p.height) < 480 "
                    + "OR GREATEST(p.width, p.height) < 640)) THEN 'PHOTO_UNCLEAR' END AS reason, "
                    + earlierOpen + " AS duplicate "
                    + "FROM application a LEFT JOIN application_identity i ON i.application_id = a.id "
                    + "LEFT JOIN card c ON c.id = a.card_id WHERE a.status = 'SUBMITTED'",
            "UPDATE application a SET status = CASE WHEN s.reason IS NULL THEN 'IN_REVIEW' ELSE 'REJECTED' END, "
                    + "reason = s.reason, decided_at = CASE WHEN s.reason IS NULL THEN NULL ELSE CURRENT_TIMESTAMP END, "
                    + "version = a.version + 1 FROM screened s WHERE a.id = s.id",
            "UPDATE card c SET status = CASE WHEN c.identity_index IS NULL THEN 'UNVERIFIED' "
                    + "ELSE 'REVERIFICATION_REQUIRED' END, version = c.version + 1 FROM screened s "
                    + "WHERE s.reason IS NOT NULL AND NOT s.duplicate AND c.id = s.card_id AND c.status = 'PENDING'",
            "INSERT INTO sms_outbox (id, template, phone_encrypted, phone_masked, text_encrypted, status, attempts, parts, "
                    + "parts_delivered, created_at, next_attempt_at, version, phone_index) SELECT gen_random_uuid()::text, "
                    + "'APPLICATION_REJECTED', acc.phone_encrypted, acc.phone_masked, "
                    + "convert_to('Your application was rejected: ' || s.reason, 'UTF8'), 'PENDING', 0, 1, 0, "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0, acc.phone_index "
                    + "FROM screened s JOIN account acc ON acc.id = s.applicant_id WHERE s.reason IS NOT NULL",
            "INSERT INTO audit_event (seq, occurred_at, actor_id, actor_role, action, object_type, object_id, details, "
                    + "previous_hash, hash, key_id) SELECT h.last_seq + x.n, CURRENT_TIMESTAMP, 'job:pending-review', "
                    + "'SYSTEM', x.action, 'Application', x.id, x.details, "
                    + "COALESCE(lag(x.hash) OVER (ORDER BY x.n), h.last_hash), x.hash, '1' FROM audit_head h, "
                    + "(SELECT row_number() OVER (ORDER BY id) AS n, id, "
                    + "CASE WHEN reason IS NULL THEN 'APPLICATION_QUEUED' ELSE 'APPLICATION_REJECTED' END AS action, "
                    + "CASE WHEN reason IS NULL THEN '' ELSE 'reasons=[' || reason || ']' END AS details, "
                    + "encode(sha256(convert_to(id || COALESCE(reason, '') || clock_timestamp(), 'UTF8')), 'hex') AS hash "
                    + "FROM screened) x WHERE h.id = 1",
            "UPDATE audit_head h SET last_seq = e.seq, last_hash = e.hash FROM (SELECT seq, hash FROM audit_event "
                    + "ORDER BY seq DESC LIMIT 1) e WHERE h.id = 1"
        };
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (var statement = db.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
        db.commit();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "floor (set-based SQL): %,d rows screened in %.1f s (%.0f items/s)%n", rows, seconds, rows / seconds);
        System.out.println("floor wrote: " + written(db));
        return seconds;
    }

    private static void seed(Connection db, int rows) throws Exception {
        db.setAutoCommit(false);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sharedIdentity = "bench-shared-" + run;
        FieldCipher phones = phoneCipher();
        try (DirectRows seeded = new DirectRows(db)) {
            // Approved records the name conflicts are judged against: a hundred identities, each conflicting rarely.
            for (int k = 0; k < SHARED_IDENTITIES; k++) {
                String approvedCard = newId();
                String approvedApplication = newId();
                String number = String.format("9%s%03d", run.replaceAll("[^0-9]", "1"), k);
                seeded.card(approvedCard, number, "VERIFIED", sharedIdentity + "-" + k, now);
                seeded.application(approvedApplication, number, approvedCard, "APPROVED", now);
                seeded.identity(
                        approvedApplication, sharedIdentity + "-" + k, "bench-name-approved", today.plusYears(5));
            }
            String previousCard = null;
            String previousNumber = null;
            String previousApplicant = null;
            for (int i = 0; i < rows; i++) {
                boolean duplicate = i % 200 == 3 && previousCard != null;
                String cardId = duplicate ? previousCard : newId();
                String cardNumber = duplicate
                        ? previousNumber
                        : String.format(
                                "8%09d%010d", i, ThreadLocalRandom.current().nextLong(10_000_000_000L));
                // Each card its holder's account; a duplicate is the same holder applying twice.
                String applicantId = duplicate ? previousApplicant : newId();
                if (!duplicate) {
                    PhoneNumber phone = PhoneNumber.parse(String.format("+86139%08d", i % 100_000_000));
                    seeded.account(
                            applicantId,
                            "bench-" + run + "-" + i,
                            phones.encryptText(phone.e164(), "account.phone"),
                            phone.masked(),
                            now);
                    seeded.card(cardId, cardNumber, "PENDING", null, now);
                }
                String applicationId = newId();
                seeded.application(
                        applicationId, cardNumber, cardId, "SUBMITTED", now.plusNanos(i * 1000L), applicantId);
                boolean expired = i % 50 == 0;
                boolean nameConflict = i % 100 == 1;
                seeded.identity(
                        applicationId,
                        nameConflict ? sharedIdentity + "-" + (i / 100 % SHARED_IDENTITIES) : "bench-" + applicationId,
                        "bench-name-" + i,
                        expired ? today.minusDays(1) : today.plusYears(5));
                for (String kind : PHOTO_KINDS) {
                    seeded.photo(
                            applicationId,
                            kind,
                            i % 200 == 7 && "FACE".equals(kind) ? 30 : 90 + i % 100,
                            60 + i % 400,
                            now);
                }
                previousCard = cardId;
                previousNumber = cardNumber;
                previousApplicant = applicantId;
                if (i % 1000 == 999 || i == rows - 1) {
                    seeded.flush();
                    db.commit();
                }
            }
        }
    }

    /**
     * The server's field cipher for phones: its encryption key from {@code -Dbench.encryptionKey} (base64), so that the
     * job can decrypt the phones it sends to; without it (the floor alone) a random one.
     */
    private static FieldCipher phoneCipher() {
        String configured = System.getProperty("bench.encryptionKey");
        byte[] key = new byte[32];
        if (configured == null || configured.isBlank()) {
            new SecureRandom().nextBytes(key);
        } else {
            key = Base64.getDecoder().decode(configured.strip());
        }
        byte[] unusedIndexKey = new byte[32];
        new SecureRandom().nextBytes(unusedIndexKey);
        return new FieldCipher(new SecretKeys(key, unusedIndexKey));
    }

    /** Ids as the product makes them (time-ordered); {@code -Dbench.ids=random} seeds random ones (version 4) instead. */
    private static String newId() {
        return (RANDOM_IDS ? UUID.randomUUID() : Ids.next()).toString();
    }

    private static double usedHeapMb(String base) {
        try {
            for (String line : get(base + "/metrics?scope=base").split("\n")) {
                if (line.startsWith("memory_usedHeap_bytes")) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) / (1024 * 1024);
                }
            }
        } catch (Exception unavailable) {
            // the heap is reported when the metrics endpoint answers
        }
        return 0;
    }

    private static String post(String url, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String get(String url, String token) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
