package com.crossborder.verification.web;

import static com.crossborder.verification.web.Applicants.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.infrastructure.TestImages;
import com.crossborder.verification.web.Applicants.Phone;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack of issue 13 on the server as the integration tests run it (same heap as every other IT): small files that
 * decode huge, several at once, against the applicant's upload and the outlet's scan endpoints. Every answer is a 4xx,
 * or a 503 with {@code Retry-After} from the bulkhead; the server stays ready and its log shows no OutOfMemoryError.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecompressionBombIT {

    static {
        ServerLog.watch();
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String applicant;
    private String applicationId;
    private String staff;

    private Api api() {
        return new Api(deployment);
    }

    /** An answer as the tests look at it: status, code and Retry-After. */
    private record Outcome(String what, int status, String code, String retryAfter) {
        @Override
        public String toString() {
            return what + " → " + status + " " + code + (retryAfter == null ? "" : " Retry-After " + retryAfter);
        }
    }

    @BeforeEach
    void applicantAndCounter() {
        Phone phone = Phone.fresh();
        applicant = Applicants.register(api(), phone, "Holder-pass-1");
        String card = OnlineFlow.cardNumber();
        api().post("api/v1/cards", ItRecords.registeredCard(card), applicant).expect(201);
        applicationId = api().post("api/v1/applications", json("cardNumber", card), applicant)
                .expect(201)
                .json()
                .getString("id");
        String admin = api().adminToken();
        String outlet = "OB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api().post(
                        "api/v1/admin/outlets",
                        Json.createObjectBuilder()
                                .add("code", outlet)
                                .add("name", "皇岗口岸服务点")
                                .add("address", "深圳市福田区")
                                .build()
                                .toString(),
                        admin)
                .expect(201);
        String username = "bomb" + UUID.randomUUID().toString().substring(0, 8);
        api().post(
                        "api/v1/admin/staff",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", "Counter-pass-1")
                                .add("role", "OUTLET_STAFF")
                                .add("outletCode", outlet)
                                .add(
                                        "document",
                                        Json.createObjectBuilder()
                                                .add("documentType", "CN_RESIDENT_ID")
                                                .add("documentNumber", Applicants.residentId(LocalDate.of(1985, 4, 2))))
                                .build()
                                .toString(),
                        admin)
                .expect(201);
        staff = api().login(username, "Counter-pass-1");
    }

    private CompletableFuture<Outcome> upload(String what, String kind, byte[] body, String type) {
        return send(
                what,
                HttpRequest.newBuilder(
                                URI.create(deployment + "api/v1/applications/" + applicationId + "/photos/" + kind))
                        .header("Authorization", "Bearer " + applicant)
                        .header("Content-Type", type)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private CompletableFuture<Outcome> scan(String what, byte[] body, String type) {
        return send(
                what,
                HttpRequest.newBuilder(URI.create(deployment + "api/v1/outlet/scans"))
                        .header("Authorization", "Bearer " + staff)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private CompletableFuture<Outcome> send(String what, HttpRequest.Builder request) {
        return http.sendAsync(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    String code = "";
                    if (response.body().startsWith("{")) {
                        JsonObject body = Json.createReader(new StringReader(response.body()))
                                .readObject();
                        code = body.containsKey("code") ? body.getString("code") : "";
                    }
                    return new Outcome(
                            what,
                            response.statusCode(),
                            code,
                            response.headers().firstValue("Retry-After").orElse(null));
                });
    }

    private static List<Outcome> all(List<CompletableFuture<Outcome>> requests) {
        return requests.stream().map(CompletableFuture::join).toList();
    }

    /** 4xx, or 503 with Retry-After from the bulkhead: never a 500, never an answer without a reason. */
    private static void assertRefusedCleanly(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            boolean clientError = outcome.status() >= 400 && outcome.status() < 500;
            boolean tryLater = outcome.status() == 503 && outcome.retryAfter() != null;
            assertTrue(clientError || tryLater, outcome::toString);
            assertFalse(outcome.code().isEmpty(), outcome::toString);
        }
    }

    private void assertStillReady() {
        Api.Answer ready = api().get("/health/ready", null);
        assertEquals(200, ready.status(), ready::body);
        assertTrue(ready.body().contains("\"UP\""), ready::body);
        assertTrue(ServerLog.lines() > 0, "the server's log is watched");
        assertEquals(0, ServerLog.outOfMemoryErrors(), "an OutOfMemoryError in the server log");
    }

    @Test
    void fourBombsAtOnceAgainstUploadsAndScansAreAllRefusedAndTheServerStaysReady() {
        byte[] png16 = TestImages.pngBomb(6000, 16);
        byte[] png8 = TestImages.pngBomb(6000, 8);
        byte[] jpeg = TestImages.jpegBomb(6000);
        assertTrue(png16.length < 400_000, () -> "a 16-bit bomb of " + png16.length + " bytes");
        List<CompletableFuture<Outcome>> requests = new ArrayList<>();
        requests.add(upload("16-bit PNG 6000² as FACE", "FACE", png16, "image/png"));
        requests.add(upload("8-bit PNG 6000² as ID_FRONT", "ID_FRONT", png8, "image/png"));
        requests.add(upload("JPEG 6000² as ID_BACK", "ID_BACK", jpeg, "image/jpeg"));
        requests.add(upload("16-bit PNG 6000² as ID_FRONT", "ID_FRONT", png16, "image/png"));
        requests.add(scan("16-bit PNG 6000² scan", png16, "image/png"));
        requests.add(scan("8-bit PNG 6000² scan", png8, "image/png"));
        requests.add(scan("JPEG 6000² scan", jpeg, "image/jpeg"));
        requests.add(scan("16-bit PNG 6000² scan again", png16, "image/png"));
        List<Outcome> outcomes = all(requests);
        System.out.println("bombs: " + outcomes);
        assertRefusedCleanly(outcomes);
        Map<String, Integer> codes = new TreeMap<>();
        outcomes.forEach(outcome -> codes.merge(outcome.code(), 1, Integer::sum));
        // refused from the header, before a pixel is decoded: depth or size, never the bulkhead
        assertEquals(Map.of("PHOTO_BIT_DEPTH_UNSUPPORTED", 4, "PHOTO_DIMENSIONS_TOO_LARGE", 4), codes);
        assertStillReady();
    }

    @Test
    void hostilePdfsAtTheCounterAreRefusedWithoutParsingThemWhole() throws Exception {
        String catalog =
                "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        byte[] xrefBomb = ("%PDF-1.4\n" + catalog + "xref\n0 400000000\n0000000000 65535 f \ntrailer\n"
                        + "<< /Size 3 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(zipped, new Deflater(9))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1000; i++) {
                deflate.write(zeros);
            }
        }
        ByteArrayOutputStream streamBomb = new ByteArrayOutputStream();
        streamBomb.writeBytes(("%PDF-1.5\n" + catalog + "3 0 obj\n<< /Type /XRef /Filter /FlateDecode /Length "
                        + zipped.size() + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        streamBomb.writeBytes(zipped.toByteArray());
        streamBomb.writeBytes("\nendstream\nendobj\nstartxref\n9\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Outcome> outcomes = all(List.of(
                scan("xref claiming 400 million objects", xrefBomb, "application/pdf"),
                scan(
                        "1 GB of zeros in a " + zipped.size() / 1024 + " KB stream",
                        streamBomb.toByteArray(),
                        "application/pdf"),
                scan("xref claiming 400 million objects again", xrefBomb, "application/pdf"),
                scan("1 GB stream again", streamBomb.toByteArray(), "application/pdf")));
        System.out.println("PDF bombs: " + outcomes);
        assertRefusedCleanly(outcomes);
        outcomes.stream()
                .filter(outcome -> outcome.status() == 422)
                .forEach(outcome -> assertEquals("SCAN_PDF_TOO_COMPLEX", outcome.code(), outcome::toString));
        assertStillReady();
    }

    @Test
    void theSamePhotoUploadedTwiceAtOnceIsStoredOnceWithoutAServerError() {
        byte[] portrait = TestImages.jpeg(TestImages.portrait());
        List<Outcome> outcomes = all(List.of(
                upload("portrait, first", "FACE", portrait, "image/jpeg"),
                upload("portrait, second", "FACE", portrait, "image/jpeg")));
        for (Outcome outcome : outcomes) {
            assertTrue(outcome.status() == 200 || outcome.status() == 503, outcome::toString);
        }
        assertEquals(1, ItRecords.photosKept(applicationId));
    }

    @Test
    void aBurstOfLargeRealPhotosIsCheckedAFewAtATimeAndTheRestAreToldToComeBack() {
        byte[] twelveMegapixels = TestImages.jpeg(TestImages.card(4000, 3000));
        List<CompletableFuture<Outcome>> requests = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            requests.add(scan("12 MP scan " + i, twelveMegapixels, "image/jpeg"));
        }
        List<Outcome> outcomes = all(requests);
        Map<Integer, Integer> statuses = new TreeMap<>();
        outcomes.forEach(outcome -> statuses.merge(outcome.status(), 1, Integer::sum));
        System.out.println("burst of 16 × 12 MP scans: " + statuses);
        for (Outcome outcome : outcomes) {
            if (outcome.status() != 201) {
                assertEquals(503, outcome.status(), outcome::toString);
                assertEquals("PHOTO_CHECKS_BUSY", outcome.code(), outcome::toString);
                assertTrue(Integer.parseInt(outcome.retryAfter()) >= 1, outcome::toString);
            }
        }
        assertTrue(statuses.getOrDefault(201, 0) >= 1, statuses::toString);
        assertTrue(statuses.getOrDefault(503, 0) >= 1, () -> "the bulkhead never filled: " + statuses);
        assertStillReady();
        // and an ordinary upload goes through afterwards
        assertEquals(
                200,
                upload("a portrait", "FACE", TestImages.jpeg(TestImages.portrait()), "image/jpeg")
                        .join()
                        .status());
    }
}
