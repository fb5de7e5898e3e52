package com.crossborder.verification.web.bench;

import com.crossborder.verification.application.infrastructure.TestImages;
import com.crossborder.verification.web.Api;
import com.crossborder.verification.web.Applicants;
import com.crossborder.verification.web.ItRecords;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upload round trips against a running server, as the app makes them: registers an applicant (the SMS code read from
 * the outbox with the server's development keys), starts an application, then times {@code PUT …/photos/{kind}} one
 * after another: a 2 MP card as ID_FRONT, the same 2 MP portrait as ID_FRONT (no face check) and as FACE (with it), and
 * a 12 MP portrait as FACE; then 16 of those 12 MP portraits at once (answers and peak heap), 4 bombs at once, and
 * the server's readiness and heap. See the README ("Benchmarks").
 *
 * <p>Arguments: baseUrl dataDir jdbcUrl dbUser dbPassword [rounds]
 */
public final class PhotoUploadBenchmark {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PhotoUploadBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
            throw new IllegalArgumentException("benchmarks target 127.0.0.1 only");
        }
        System.setProperty("verification.it.data-dir", args[1]);
        System.setProperty("verification.it.db-url", args[2]);
        System.setProperty("verification.it.db-user", args[3]);
        System.setProperty("verification.it.db-password", args[4]);
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        Api api = new Api(URI.create(base).toURL());
        String token = Applicants.register(api, Applicants.Phone.fresh(), "Bench-pass-1");
        String card = String.format("%012d", Math.abs(System.nanoTime()) % 1_000_000_000_000L);
        api.post("api/v1/cards", ItRecords.registeredCard(card), token).expect(201);
        String id = api.post("api/v1/applications", Applicants.json("cardNumber", card), token)
                .expect(201)
                .json()
                .getString("id");
        String photos = base + "api/v1/applications/" + id + "/photos/";

        byte[] card2mp = TestImages.jpeg(TestImages.card(1632, 1224));
        byte[] portrait2mp = TestImages.jpeg(portrait(1224, 1632));
        byte[] portrait12mp = TestImages.jpeg(portrait(3024, 4032));
        System.out.printf("upload round trips, median of %d (ms): median / p90 / min%n", rounds);
        time("2 MP card as ID_FRONT", photos + "ID_FRONT", token, card2mp, rounds);
        time("2 MP portrait as ID_FRONT (no face check)", photos + "ID_FRONT", token, portrait2mp, rounds);
        time("2 MP portrait as FACE (face check)", photos + "FACE", token, portrait2mp, rounds);
        time("12 MP portrait as FACE (face check)", photos + "FACE", token, portrait12mp, rounds);

        burst(api, photos + "FACE", token, portrait12mp, 16);

        List<CompletableFuture<HttpResponse<String>>> bombs = new ArrayList<>();
        byte[] png16 = TestImages.pngBomb(6000, 16);
        byte[] png8 = TestImages.pngBomb(6000, 8);
        byte[] jpeg = TestImages.jpegBomb(6000);
        for (byte[] bomb : List.of(png16, png8, jpeg, png16)) {
            bombs.add(HTTP.sendAsync(put(photos + "FACE", token, bomb), HttpResponse.BodyHandlers.ofString()));
        }
        Map<String, Integer> answers = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> bomb : bombs) {
            HttpResponse<String> answer = bomb.join();
            Matcher code = Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(answer.body());
            answers.merge(answer.statusCode() + " " + (code.find() ? code.group(1) : ""), 1, Integer::sum);
        }
        System.out.println("4 bombs at once (16-bit and 8-bit PNG 6000², JPEG 6000²): " + answers);
        System.out.println("ready: " + api.get("/health/ready", null).status() + ", heap: " + heap(api));
    }

    /** {@code count} uploads at once: how they are answered, and the server's used heap sampled meanwhile. */
    private static void burst(Api api, String url, String token, byte[] body, int count) {
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(metric(api.get("/metrics", null).body(), "memory_usedHeap_bytes"), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            uploads.add(HTTP.sendAsync(put(url, token, body), HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        uploads.forEach(upload -> statuses.merge(upload.join().statusCode(), 1, Integer::sum));
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf(
                "%d uploads of %d KB at once: %s in %d ms, peak used heap %d MiB%n",
                count, body.length / 1024, statuses, millis, peak.get());
    }

    private static BufferedImage portrait(int width, int height) {
        return TestImages.placed(
                TestImages.photo("grace_hopper.jpg"), TestImages.photo("brick.png"), width, height, 0.75, 0.1, 0.12);
    }

    private static HttpRequest put(String url, String token, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static void time(String name, String url, String token, byte[] body, int rounds) throws Exception {
        for (int i = 0; i < 3; i++) {
            expectOk(HTTP.send(put(url, token, body), HttpResponse.BodyHandlers.ofString()));
        }
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            expectOk(HTTP.send(put(url, token, body), HttpResponse.BodyHandlers.ofString()));
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                "  %-45s %5d / %5d / %5d   (%d KB)%n",
                name, millis[rounds / 2], millis[rounds * 9 / 10], millis[0], body.length / 1024);
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    /** Used and maximum heap from the server's MicroProfile Metrics. */
    private static String heap(Api api) {
        String metrics = api.get("/metrics", null).body();
        return "used " + metric(metrics, "memory_usedHeap_bytes") + " MiB of " + metric(metrics, "memory_maxHeap_bytes")
                + " MiB";
    }

    private static long metric(String metrics, String name) {
        Matcher value =
                Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? ([0-9.E+]+)").matcher(metrics);
        return value.find() ? (long) (Double.parseDouble(value.group(1)) / (1024 * 1024)) : -1;
    }
}
