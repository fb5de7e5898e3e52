package com.crossborder.verification.web.bench;

import com.crossborder.verification.shared.model.Ids;
import com.crossborder.verification.web.DirectRows;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seeds N SUBMITTED applications straight into the database of a running server — each with a card, a declared
 * identity and three photo checks; about 2 % with an expired document, 1 % whose name conflicts with an approved
 * record of the same identity, 0.5 % a second open application for the same card and 0.5 % with a photo that no
 * longer meets the rules — then runs {@code pending-review} through the admin API and prints rows, seconds, items
 * per second, outcomes and the server's peak used heap (sampled from /metrics each second). With mode {@code sql}
 * it runs plain SQL statements making the same status changes instead, for comparison (no audit chain, no outbox,
 * no job). See the README ("Benchmarks") for the command.
 *
 * <p>Arguments: baseUrl adminPassword jdbcUrl dbUser dbPassword rows [chunkSize [partitions [job|sql]]]
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
        String jdbcUrl = args[2].startsWith("jdbc:postgresql") && !args[2].contains("reWriteBatchedInserts")
                ? args[2] + (args[2].contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
                : args[2];
        int rows = Integer.parseInt(args[5]);
        String chunkSize = args.length > 6 ? args[6] : "1000";
        String partitions = args.length > 7 ? args[7] : "4";
        boolean plainSql = args.length > 8 && "sql".equals(args[8]);
        long seedStart = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, args[3], args[4])) {
            seed(db, rows);
            // Fresh statistics, as autovacuum would have gathered by night: without them the planner guesses sequential
            // scans.
            try (var statement = db.createStatement()) {
                statement.execute("ANALYZE");
            }
            db.commit();
        }
        System.out.printf("seeded %,d applications in %.1f s%n", rows, (System.nanoTime() - seedStart) / 1e9);
        if (plainSql) {
            try (Connection db = DriverManager.getConnection(jdbcUrl, args[3], args[4])) {
                plainSql(db);
            }
            return;
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
    }

    /** The same status changes as the job, as a handful of set-based statements: the floor to compare with. */
    private static void plainSql(Connection db) throws Exception {
        String today = "'" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "'";
        String[] statements = {
            "UPDATE application SET status = 'REJECTED', reason = 'DOCUMENT_EXPIRED', decided_at = CURRENT_TIMESTAMP, "
                    + "version = version + 1 WHERE status = 'SUBMITTED' AND id IN (SELECT application_id FROM application_identity "
                    + "WHERE long_term = FALSE AND expiry_date < DATE " + today + ")",
            "UPDATE application a SET status = 'REJECTED', reason = 'DUPLICATE_APPLICATION', decided_at = CURRENT_TIMESTAMP, "
                    + "version = version + 1 WHERE status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM application o WHERE o.card_id = a.card_id "
                    + "AND o.id <> a.id AND o.status IN ('SUBMITTED', 'IN_REVIEW', 'REUPLOAD_REQUESTED', 'REFERRED') "
                    + "AND (o.submitted_at < a.submitted_at OR (o.submitted_at = a.submitted_at AND o.id < a.id)))",
            "UPDATE application a SET status = 'REJECTED', reason = 'NAME_CONFLICT', decided_at = CURRENT_TIMESTAMP, "
                    + "version = version + 1 WHERE status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM application_identity i "
                    + "JOIN application_identity r ON r.identity_index = i.identity_index AND r.name_index <> i.name_index "
                    + "JOIN application ra ON ra.id = r.application_id AND ra.status = 'APPROVED' WHERE i.application_id = a.id)",
            "UPDATE application a SET status = 'REJECTED', reason = 'PHOTO_UNCLEAR', decided_at = CURRENT_TIMESTAMP, "
                    + "version = version + 1 WHERE status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM application_photo p "
                    + "WHERE p.application_id = a.id AND (p.brightness < 50 OR p.brightness > 215 OR p.sharpness < 40 "
                    + "OR LEAST(p.width, p.height) < 480 OR GREATEST(p.width, p.height) < 640))",
            "UPDATE card SET status = 'UNVERIFIED', version = version + 1 WHERE status = 'PENDING' AND id IN "
                    + "(SELECT card_id FROM application WHERE status = 'REJECTED')",
            "UPDATE application SET status = 'IN_REVIEW', version = version + 1 WHERE status = 'SUBMITTED'"
        };
        long started = System.nanoTime();
        long changed = 0;
        db.setAutoCommit(false);
        try (var statement = db.createStatement()) {
            for (String sql : statements) {
                changed += statement.executeUpdate(sql);
            }
        }
        db.commit();
        System.out.printf("plain SQL: %,d row changes in %.1f s%n", changed, (System.nanoTime() - started) / 1e9);
    }

    private static void seed(Connection db, int rows) throws Exception {
        db.setAutoCommit(false);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sharedIdentity = "bench-shared-" + run;
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
            for (int i = 0; i < rows; i++) {
                boolean duplicate = i % 200 == 3 && previousCard != null;
                String cardId = duplicate ? previousCard : newId();
                String cardNumber = duplicate
                        ? previousNumber
                        : String.format(
                                "8%09d%010d", i, ThreadLocalRandom.current().nextLong(10_000_000_000L));
                if (!duplicate) {
                    seeded.card(cardId, cardNumber, "PENDING", null, now);
                }
                String applicationId = newId();
                seeded.application(applicationId, cardNumber, cardId, "SUBMITTED", now.plusNanos(i * 1000L));
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
                if (i % 1000 == 999 || i == rows - 1) {
                    seeded.flush();
                    db.commit();
                }
            }
        }
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
