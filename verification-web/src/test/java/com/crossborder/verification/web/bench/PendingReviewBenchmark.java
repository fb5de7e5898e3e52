package com.crossborder.verification.web.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Seeds N SUBMITTED applications (mostly valid identities, about 2 % with expired documents, about 1 % with a
 * name that conflicts with an approved record) straight into the database of a running server, then runs
 * {@code pending-review} through the admin API and prints rows, seconds, items per second and the server's
 * heap as reported by /metrics. See the README ("Benchmarks") for the command.
 *
 * <p>Arguments: baseUrl adminPassword jdbcUrl dbUser dbPassword rows [chunkSize]
 */
public final class PendingReviewBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PendingReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
            throw new IllegalArgumentException("benchmarks target 127.0.0.1 only");
        }
        int rows = Integer.parseInt(args[5]);
        String chunkSize = args.length > 6 ? args[6] : "500";
        long seedStart = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[2], args[3], args[4])) {
            seed(db, rows);
        }
        System.out.printf("seeded %,d applications in %.1f s%n", rows, (System.nanoTime() - seedStart) / 1e9);

        String token = json(post(base + "/api/v1/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + args[1] + "\"}", null)).getString("accessToken");
        long started = System.nanoTime();
        long id = json(post(base + "/api/v1/admin/jobs/pending-review/executions?chunkSize=" + chunkSize, "", token))
                .getJsonNumber("executionId").longValue();
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
        System.out.printf("pending-review %s: %,d rows screened in %.1f s (%.0f items/s); outcomes %s; peak used heap %.0f MiB%n",
                execution.getString("status"), read, seconds, read / seconds, screen.get("outcomes"), peakHeapMb);
    }

    private static void seed(Connection db, int rows) throws Exception {
        db.setAutoCommit(false);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now();
        String sharedIdentity = "bench-shared-" + UUID.randomUUID();
        try (PreparedStatement card = db.prepareStatement("INSERT INTO card (id, card_number, holder_id, status, created_at, version) "
                + "VALUES (?, ?, NULL, 'PENDING', ?, 0)");
             PreparedStatement application = db.prepareStatement("INSERT INTO application (id, card_number, card_id, status, "
                     + "created_at, submitted_at, sla_deadline, reupload_rounds, version) VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, 0, 0)");
             PreparedStatement identity = db.prepareStatement("INSERT INTO application_identity (application_id, document_type, "
                     + "number_encrypted, number_masked, identity_index, name_encrypted, name_index, expiry_date, long_term) "
                     + "VALUES (?, 'CN_RESIDENT_ID', ?, '1101**********0000', ?, ?, ?, ?, FALSE)")) {
            for (int i = 0; i < rows; i++) {
                String cardId = UUID.randomUUID().toString();
                String applicationId = UUID.randomUUID().toString();
                String cardNumber = String.format("8%09d%010d", i, ThreadLocalRandom.current().nextLong(10_000_000_000L));
                card.setString(1, cardId);
                card.setString(2, cardNumber);
                card.setObject(3, now);
                card.addBatch();
                application.setString(1, applicationId);
                application.setString(2, cardNumber);
                application.setString(3, cardId);
                application.setObject(4, now);
                application.setObject(5, now);
                application.setObject(6, now.plusDays(3));
                application.addBatch();
                boolean expired = i % 50 == 0;
                boolean sameIdentity = i % 100 == 1;
                identity.setString(1, applicationId);
                identity.setBytes(2, new byte[] {1, 2, 3});
                identity.setString(3, sameIdentity ? sharedIdentity : "bench-" + applicationId);
                identity.setBytes(4, new byte[] {4, 5, 6});
                identity.setString(5, "bench-name-" + i);
                identity.setObject(6, expired ? today.minusDays(1) : today.plusYears(5));
                identity.addBatch();
                if (i % 1000 == 999 || i == rows - 1) {
                    card.executeBatch();
                    application.executeBatch();
                    identity.executeBatch();
                    db.commit();
                }
            }
        }
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
