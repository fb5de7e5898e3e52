package com.crossborder.verification.web;

import static com.crossborder.verification.web.Applicants.json;
import static com.crossborder.verification.web.WalkingSkeletonIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.web.Api.Answer;
import com.crossborder.verification.web.Applicants.Phone;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The card operator's side: its card file imported with bad lines, cards bound with right, wrong and guessed check
 * codes, signed webhooks to a receiver that is down first and up later, and the operator's status lookup.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardOperatorIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    /** A card number of 16 digits whose last digit is its Luhn check digit, as the operator issues them. */
    static String luhnCard() {
        StringBuilder digits = new StringBuilder("62");
        while (digits.length() < 15) {
            digits.append(RANDOM.nextInt(10));
        }
        return OnlineFlow.withCheckDigit(digits.toString());
    }

    /** The same number with a wrong last digit. */
    private static String wrongCheckDigit(String card) {
        char last = card.charAt(card.length() - 1);
        return card.substring(0, card.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
    }

    private JsonObject importFile(String admin, String csv) throws InterruptedException {
        long id = api().send("POST", "api/v1/admin/card-registry/imports", csv, "text/csv", admin, Map.of())
                .expect(202)
                .json()
                .getJsonNumber("executionId")
                .longValue();
        JsonObject execution = Jobs.awaitEnd(api(), admin, id);
        assertEquals("COMPLETED", execution.getString("status"), execution::toString);
        return execution.getJsonArray("steps").getJsonObject(0);
    }

    private static long outcome(JsonObject step, String name) {
        JsonObject outcomes = step.getJsonObject("outcomes");
        return outcomes.containsKey(name) ? outcomes.getJsonNumber(name).longValue() : 0;
    }

    private Answer bind(String token, String card, String code) {
        return api().post("api/v1/cards", json("cardNumber", card, "checkCode", code), token);
    }

    private String applicant() {
        return Applicants.register(api(), Phone.fresh(), "Holder-pass-1");
    }

    private String staff(String admin, String role) {
        String username = role.toLowerCase().replace("_", "")
                + UUID.randomUUID().toString().substring(0, 8);
        String body = Json.createObjectBuilder()
                .add("username", username)
                .add("password", "Staff-pass-12")
                .add("role", role)
                .add("document", Applicants.staffDocument())
                .build()
                .toString();
        api().post("api/v1/admin/staff", body, admin).expect(201);
        return api().login(username, "Staff-pass-12");
    }

    @Test
    void theRegistryDecidesWhichCardsCanBeBoundAndGuessingIsStopped() throws Exception {
        String admin = api().adminToken();
        String active = luhnCard();
        String lost = luhnCard();
        String guessed = luhnCard();
        String duplicate = luhnCard();
        String csv = "card_number,check_code,status\n"
                + active + ",AB12CD,ACTIVE\n" // line 2
                + lost + ",EF34GH,LOST\n" // line 3
                + wrongCheckDigit(luhnCard()) + ",AAAA,ACTIVE\n" // line 4: bad check digit
                + guessed + ",ZX98YW,ACTIVE\n" // line 5
                + luhnCard() + ",AAAA,STOLEN\n" // line 6: unknown status
                + luhnCard() + ",AAAA\n" // line 7: two columns
                + duplicate + ",AAAA,ACTIVE\n" // line 8: duplicate …
                + "\n"
                + duplicate + ",BBBB,LOST\n"; // line 10: … of line 8
        JsonObject step = importFile(admin, csv);
        assertEquals(3, outcome(step, "REGISTERED"), step::toString);
        assertEquals(1, outcome(step, "BAD_CHECK_DIGIT"), step::toString);
        assertEquals(1, outcome(step, "UNKNOWN_STATUS"), step::toString);
        assertEquals(1, outcome(step, "WRONG_COLUMN_COUNT"), step::toString);
        assertEquals(2, outcome(step, "DUPLICATE_IN_FILE"), step::toString);
        assertEquals(
                List.of(
                        "4:BAD_CHECK_DIGIT",
                        "6:UNKNOWN_STATUS",
                        "7:WRONG_COLUMN_COUNT",
                        "8:DUPLICATE_IN_FILE",
                        "10:DUPLICATE_IN_FILE"),
                step.getJsonArray("badLines").getValuesAs(JsonObject.class).stream()
                        .map(bad -> bad.getInt("line") + ":" + bad.getString("problem"))
                        .toList());
        // A file without the header is refused whole, and nothing starts.
        assertProblem(
                api().send(
                                "POST",
                                "api/v1/admin/card-registry/imports",
                                active + ",AB12CD,LOST\n",
                                "text/csv",
                                admin,
                                Map.of())
                        .expect(422),
                422,
                "CARD_FILE_INVALID");

        String holder = applicant();
        assertProblem(bind(holder, active, "AB12CE").expect(422), 422, "CARD_CHECK_FAILED");
        assertProblem(bind(holder, luhnCard(), "AB12CD").expect(422), 422, "CARD_UNKNOWN");
        assertProblem(bind(holder, duplicate, "AAAA").expect(422), 422, "CARD_UNKNOWN");
        assertProblem(bind(holder, lost, "EF34GH").expect(422), 422, "CARD_BLOCKED");
        JsonObject bound = bind(holder, active, "ab12cd").expect(201).json();
        assertEquals("UNVERIFIED", bound.getString("verificationStatus"));
        assertProblem(bind(applicant(), active, "AB12CD").expect(409), 409, "CARD_UNAVAILABLE");

        // Someone guessing the check code of one card: five wrong codes lock their account (429, Retry-After) …
        String guesser = applicant();
        for (int i = 0; i < 5; i++) {
            assertProblem(bind(guesser, guessed, "GUESS" + i).expect(422), 422, "CARD_CHECK_FAILED");
        }
        Answer locked = bind(guesser, guessed, "ZX98YW").expect(429);
        assertProblem(locked, 429, "CARD_CHECK_LOCKED");
        assertTrue(Long.parseLong(locked.header("Retry-After")) > 0);
        // … and ten on the card, from whichever accounts, lock the card for everyone for a while.
        String another = applicant();
        for (int i = 0; i < 5; i++) {
            bind(another, guessed, "OTHER" + i).expect(422);
        }
        assertProblem(bind(applicant(), guessed, "ZX98YW").expect(429), 429, "CARD_CHECK_LOCKED");

        // A re-import updates statuses: a LOST card stops new applications and flags its open ones to reviewers.
        OnlineFlow.Ready submitted =
                new OnlineFlow(deployment).submitted(Applicants.residentId(LocalDate.of(1988, 4, 4)), "2036-03-07");
        String draftHolder = applicant();
        String drafted = luhnCard();
        ItRecords.cardRegistered(drafted, "CODE1", "ACTIVE");
        bind(draftHolder, drafted, "CODE1").expect(201);
        JsonObject again = importFile(
                admin,
                "card_number,check_code,status\n" + active + ",AB12CD,ACTIVE\n" + drafted + ",CODE1,BLOCKED\n"
                        + submitted.cardNumber() + "," + ItRecords.CHECK_CODE + ",LOST\n");
        assertEquals(1, outcome(again, "UNCHANGED"), again::toString);
        assertEquals(2, outcome(again, "UPDATED"), again::toString);
        assertProblem(
                api().post("api/v1/applications", json("cardNumber", drafted), draftHolder)
                        .expect(422),
                422,
                "CARD_BLOCKED");
        String reviewer = staff(admin, "REVIEWER");
        JsonObject queued = api()
                .get("api/v1/review/queue?size=100", reviewer)
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(item -> item.getString("id").equals(submitted.applicationId()))
                .findFirst()
                .orElseThrow();
        assertEquals("CARD_BLOCKED", queued.getJsonArray("screening").getString(0), queued::toString);

        // The operator sees status and channel, nothing personal; nobody else may ask.
        String operator = staff(admin, "OPERATOR");
        JsonObject status = api().get("api/v1/operator/cards/" + active, operator)
                .expect(200)
                .json();
        assertEquals(Set.of("cardNumber", "verificationStatus"), status.keySet());
        assertEquals("UNVERIFIED", status.getString("verificationStatus"));
        api().get("api/v1/operator/cards/" + active, holder).expect(403);
        api().get("api/v1/operator/cards/" + active, reviewer).expect(403);
    }

    /** A webhook receiver on this machine: answers 500 while down, checks each signature, keeps what it got. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final AtomicBoolean up = new AtomicBoolean(false);
        final AtomicInteger refused = new AtomicInteger();
        final List<JsonObject> received = Collections.synchronizedList(new ArrayList<>());
        final List<String> badSignatures = Collections.synchronizedList(new ArrayList<>());
        volatile String secret;

        Receiver() throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (!up.get()) {
                    refused.incrementAndGet();
                    exchange.sendResponseHeaders(500, -1);
                    exchange.close();
                    return;
                }
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
                String text = new String(body, StandardCharsets.UTF_8);
                if (!sign(secret, id, timestamp, text).equals(signature)
                        || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
                    badSignatures.add(id);
                    exchange.sendResponseHeaders(401, -1);
                } else {
                    received.add(Json.createObjectBuilder()
                            .add("id", id)
                            .add(
                                    "event",
                                    Json.createReader(new StringReader(text)).readObject())
                            .build());
                    exchange.sendResponseHeaders(204, -1);
                }
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        static String sign(String secret, String id, String timestamp, String body) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(
                        Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                return "v1,"
                        + Base64.getEncoder()
                                .encodeToString(mac.doFinal(
                                        (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        List<JsonObject> forCard(String card) {
            synchronized (received) {
                return received.stream()
                        .filter(r -> r.getJsonObject("event")
                                .getJsonObject("data")
                                .getString("cardNumber")
                                .equals(card))
                        .toList();
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    @Test
    void everyVerdictReachesAReceiverThatWasDownSignedInOrderAndOnce() throws Exception {
        String admin = api().adminToken();
        assertProblem(
                api().post("api/v1/admin/webhooks", json("url", "http://operator.example/hook"), admin)
                        .expect(422),
                422,
                "WEBHOOK_URL_INVALID");
        assertProblem(
                api().post(
                                "api/v1/admin/webhooks",
                                "{\"url\":\"https://operator.example/hook\",\"events\":[\"card.lost\"]}",
                                admin)
                        .expect(422),
                422,
                "WEBHOOK_EVENT_UNKNOWN");
        try (Receiver receiver = new Receiver()) {
            JsonObject created = api().post("api/v1/admin/webhooks", json("url", receiver.url()), admin)
                    .expect(201)
                    .json();
            String webhook = created.getString("id");
            String first = created.getString("secret");
            assertTrue(first.startsWith("whsec_"));
            assertEquals(32, Base64.getDecoder().decode(first.substring(6)).length);
            String rotated = api().post("api/v1/admin/webhooks/" + webhook + "/secret", "", admin)
                    .expect(200)
                    .json()
                    .getString("secret");
            assertNotEquals(first, rotated);
            receiver.secret = rotated;
            JsonObject listed = api()
                    .get("api/v1/admin/webhooks", admin)
                    .expect(200)
                    .jsonValue()
                    .asJsonArray()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(hook -> hook.getString("id").equals(webhook))
                    .findFirst()
                    .orElseThrow();
            assertFalse(listed.containsKey("secret"), listed::toString);
            assertEquals(4, listed.getJsonArray("events").size());

            // While the receiver is down: a card verified by a reviewer, then reported LOST (unverified); another
            // card's application rejected by a reviewer.
            OnlineFlow flow = new OnlineFlow(deployment);
            OnlineFlow.Ready approved = flow.submitted(Applicants.residentId(LocalDate.of(1985, 5, 5)), "2036-03-07");
            OnlineFlow.Ready rejected = flow.submitted(Applicants.residentId(LocalDate.of(1986, 6, 6)), "2036-03-07");
            String reviewer = flow.reviewer(admin);
            api().post("api/v1/review/applications/" + approved.applicationId() + "/claim", "", reviewer)
                    .expect(200);
            api().post(
                            "api/v1/review/applications/" + approved.applicationId() + "/decision",
                            "{\"decision\":\"APPROVE\"}",
                            reviewer)
                    .expect(200);
            api().post("api/v1/review/applications/" + rejected.applicationId() + "/claim", "", reviewer)
                    .expect(200);
            api().post(
                            "api/v1/review/applications/" + rejected.applicationId() + "/decision",
                            "{\"decision\":\"REJECT\",\"reasonCode\":\"PHOTO_UNCLEAR\"}",
                            reviewer)
                    .expect(200);
            String operator = staff(admin, "OPERATOR");
            JsonObject verified = api().get("api/v1/operator/cards/" + approved.cardNumber(), operator)
                    .expect(200)
                    .json();
            assertEquals("VERIFIED", verified.getString("verificationStatus"));
            assertEquals("ONLINE", verified.getString("channel"));
            assertNotNull(verified.getString("verifiedAt"));
            importFile(
                    admin,
                    "card_number,check_code,status\n" + approved.cardNumber() + "," + ItRecords.CHECK_CODE + ",LOST\n");

            await("failed attempts while the receiver is down", () -> receiver.refused.get() >= 4);
            JsonArray pending = api().get("api/v1/admin/webhooks/" + webhook + "/deliveries", admin)
                    .expect(200)
                    .jsonValue()
                    .asJsonArray();
            assertTrue(
                    pending.getValuesAs(JsonObject.class).stream()
                            .anyMatch(d -> d.getString("status").equals("PENDING")
                                    && d.getInt("attempts") > 0
                                    && d.getInt("lastStatus") == 500),
                    pending::toString);
            assertEquals(0, receiver.received.size());

            receiver.up.set(true);
            await(
                    "both cards' events",
                    () -> receiver.forCard(approved.cardNumber()).size() >= 2
                            && receiver.forCard(rejected.cardNumber()).size() >= 1);
            Thread.sleep(3000); // time for a duplicate, were there one
            assertEquals(List.of(), receiver.badSignatures);
            List<JsonObject> approvedEvents = receiver.forCard(approved.cardNumber());
            assertEquals(
                    List.of("card.verified", "card.unverified"),
                    approvedEvents.stream()
                            .map(r -> r.getJsonObject("event").getString("type"))
                            .toList());
            JsonObject verifiedEvent =
                    approvedEvents.get(0).getJsonObject("event").getJsonObject("data");
            assertEquals("VERIFIED", verifiedEvent.getString("verificationStatus"));
            assertEquals("ONLINE", verifiedEvent.getString("channel"));
            assertEquals(approved.applicationId(), verifiedEvent.getString("applicationId"));
            List<JsonObject> rejectedEvents = receiver.forCard(rejected.cardNumber());
            assertEquals(1, rejectedEvents.size());
            assertEquals(
                    "card.verification_rejected",
                    rejectedEvents.get(0).getJsonObject("event").getString("type"));
            Set<String> ids = new HashSet<>();
            synchronized (receiver.received) {
                receiver.received.forEach(r -> assertTrue(ids.add(r.getString("id")), "delivered twice: " + r));
            }

            // The history: every delivery DELIVERED, with the ids the receiver saw; redelivery sends the same id.
            List<JsonObject> history = api().get("api/v1/admin/webhooks/" + webhook + "/deliveries", admin)
                    .expect(200)
                    .jsonValue()
                    .asJsonArray()
                    .getValuesAs(JsonObject.class);
            assertEquals(
                    ids, history.stream().map(d -> d.getString("webhookId")).collect(Collectors.toSet()));
            assertTrue(history.stream().allMatch(d -> d.getString("status").equals("DELIVERED")), history::toString);
            JsonObject oldest = history.get(history.size() - 1);
            api().post(
                            "api/v1/admin/webhooks/" + webhook + "/deliveries/" + oldest.getString("id") + "/redeliver",
                            "",
                            admin)
                    .expect(202);
            await("the redelivery", () -> receiver.received.size() == ids.size() + 1);
            assertEquals(
                    oldest.getString("webhookId"),
                    receiver.received.get(receiver.received.size() - 1).getString("id"));

            api().send("DELETE", "api/v1/admin/webhooks/" + webhook, null, null, admin, Map.of())
                    .expect(204);
            assertFalse(api().get("api/v1/admin/webhooks", admin).body().contains(webhook));
        }
    }

    @Test
    void theNightlyImportTakesTheInboxFilesAndMovesThemAside() throws Exception {
        String admin = api().adminToken();
        Path inbox = Path.of(System.getProperty("verification.it.data-dir"), "card-inbox");
        Files.createDirectories(inbox);
        String card = luhnCard();
        Files.writeString(inbox.resolve("cards-1.csv"), "card_number,check_code,status\n" + card + ",QW12,ACTIVE\n");
        Files.writeString(inbox.resolve("cards-2.csv"), "no header\n");
        JsonObject execution = Jobs.run(api(), admin, "card-registry-import");
        JsonObject step = execution.getJsonArray("steps").getJsonObject(0);
        assertEquals(1, outcome(step, "REGISTERED"), step::toString);
        assertFalse(Files.exists(inbox.resolve("cards-1.csv")));
        assertFalse(Files.exists(inbox.resolve("cards-2.csv")));
        try (var processed = Files.list(inbox.resolve("processed"));
                var rejected = Files.list(inbox.resolve("rejected"))) {
            assertTrue(processed.anyMatch(f -> f.getFileName().toString().endsWith("cards-1.csv")));
            assertTrue(rejected.anyMatch(f -> f.getFileName().toString().endsWith("cards-2.csv")));
        }
        bind(applicant(), card, "qw12").expect(201);
        assertTrue(api().get("api/v1/admin/jobs", admin).body().contains("card-registry-import"));
    }
}
