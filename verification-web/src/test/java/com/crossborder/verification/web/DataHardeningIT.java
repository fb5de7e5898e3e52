package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.SecretKeys;
import com.crossborder.verification.web.platform.KeyFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13's data side, tried from outside: oversized JSON bodies, two approvals for one person at once, claims
 * racing, absurd pages; and personal data at rest, looked at as someone holding a copy of the database would: no
 * clear birth date or document number in any table, and a key rotation carried through. The server runs with key {@code 2} current (it makes
 * {@code keys/encryption-2.key} in the IT data directory, where every later deployment reads it too); values written
 * under key {@code 1}, in both stored forms, still read; the job {@code key-rotation} writes every ciphertext again
 * under key 2.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataHardeningIT {

    private static final LocalDate BIRTH = LocalDate.of(1985, 6, 11);
    /** OnlineFlow declares an issue date of 2016-03-07: at 30 a resident ID is valid twenty years. */
    private static final String EXPIRY = "2036-03-07";

    private static final Path KEYS = Path.of(System.getProperty("verification.it.data-dir"), "keys");
    /** Key 1 exists before the server starts, as it would after months under it. */
    private static final byte[] KEY_ONE = KeyFiles.developmentKey(KEYS.resolve("encryption.key"), 32);

    private static final List<String[]> ENCRYPTED_COLUMNS = List.of(
            new String[] {"account", "phone_encrypted"},
            new String[] {"account", "identity_number_encrypted"},
            new String[] {"webhook", "secret_encrypted"},
            new String[] {"sms_outbox", "phone_encrypted"},
            new String[] {"sms_outbox", "text_encrypted"},
            new String[] {"application_identity", "number_encrypted"},
            new String[] {"application_identity", "name_encrypted"},
            new String[] {"outlet_visit", "contact_phone_encrypted"},
            new String[] {"review_comment", "text_encrypted"},
            new String[] {"outlet_scan", "content_encrypted"},
            new String[] {"application_photo", "content_encrypted"});

    @Deployment(testable = false)
    static WebArchive deployment() {
        String settings = "config_ordinal=500\nverification.crypto.encryption-key-id=2\n";
        return Deployments.packagedWar()
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "rotation-settings.jar")
                        .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties"));
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    @Test
    void aKeyRotationKeepsEveryValueReadableAndEndsWithAllUnderTheNewKey() throws Exception {
        Api api = api();
        String admin = api.adminToken();
        OnlineFlow.Ready ready = new OnlineFlow(deployment).submitted(Applicants.residentId(BIRTH), EXPIRY);
        String id = ready.applicationId();
        assertEquals("2", keyIdOf("application_identity", "name_encrypted", "application_id", id), "new writes");

        // As if written before the rotation: the name under key 1, the number in the form from before key ids.
        FieldCipher underOne = new FieldCipher(new SecretKeys(KEY_ONE, new byte[32 + 1]));
        String name = decrypt("application_identity", "name_encrypted", id, "application_identity.name");
        String number = decrypt("application_identity", "number_encrypted", id, "application_identity.number");
        ItDatabase.update(
                "UPDATE application_identity SET name_encrypted = ?, number_encrypted = ? WHERE application_id = ?",
                underOne.encryptText(name, "application_identity.name"),
                legacy(number, "application_identity.number"),
                id);
        assertEquals("1", keyIdOf("application_identity", "name_encrypted", "application_id", id));
        assertEquals("1", keyIdOf("application_identity", "number_encrypted", "application_id", id));
        assertEquals("张*", staffView(api, admin, id).getString("nameMasked"), "key 1 still reads");
        // A staff member's own document number, written under key 1 as well.
        new OnlineFlow(deployment).reviewer(admin);
        int staffUnderOne = 0;
        try (Connection db = ItDatabase.connect();
                PreparedStatement select = db.prepareStatement(
                        "SELECT id, identity_number_encrypted FROM account WHERE identity_number_encrypted IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            FieldCipher current = new FieldCipher(ItDatabase.keys());
            while (rows.next()) {
                String own = current.decryptText(rows.getBytes(2), "application_identity.number");
                ItDatabase.update(
                        "UPDATE account SET identity_number_encrypted = ? WHERE id = ?",
                        underOne.encryptText(own, "application_identity.number"),
                        rows.getString(1));
                staffUnderOne++;
            }
        }
        assertTrue(staffUnderOne >= 1, "a staff member's own document");

        JsonObject run = Jobs.run(api, admin, "key-rotation");
        JsonObject outcomes = run.getJsonArray("steps").getJsonObject(0).getJsonObject("outcomes");
        assertTrue(outcomes.getJsonNumber("REENCRYPTED").longValue() >= 2 + staffUnderOne, run::toString);

        for (String[] column : ENCRYPTED_COLUMNS) {
            for (byte[] value : values(column[0], column[1])) {
                assertEquals(2, value[0], column[0] + "." + column[1] + " in the form with a key id");
                assertEquals("2", FieldCipher.keyIdOf(value), column[0] + "." + column[1] + " under key 2");
            }
        }
        assertEquals("张*", staffView(api, admin, id).getString("nameMasked"), "read after the rotation");
        assertEquals(number, decrypt("application_identity", "number_encrypted", id, "application_identity.number"));

        JsonObject chain =
                api.get("api/v1/admin/audit?size=1", admin).expect(200).json().getJsonObject("chain");
        assertTrue(chain.getBoolean("intact"), chain::toString);
        String sealedUnder = ItRecords.auditKeyIdOfLastRow();
        assertEquals("1", sealedUnder, "audit rows name the key that sealed them");

        JsonObject again = Jobs.run(api, admin, "key-rotation");
        assertEquals(
                0,
                again.getJsonArray("steps")
                        .getJsonObject(0)
                        .getJsonObject("outcomes")
                        .getJsonNumber("REENCRYPTED")
                        .longValue(),
                "a second run has nothing to do");
    }

    @Test
    void tokensNameTheirSigningKey() {
        String token = api().adminToken();
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertEquals(
                "1", Json.createReader(new StringReader(header)).readObject().getString("kid"));
    }

    @Test
    void oversizedJsonBodiesAre413BeforeParsingAndTheServerStaysReady() throws Exception {
        String big = "{\"username\":\"" + "x".repeat(70 * 1024) + "\",\"password\":\"p\"}";
        Api.Answer declared = api().post("api/v1/auth/token", big, null);
        assertEquals(413, declared.status(), declared.body());
        assertTrue(declared.contentType().startsWith("application/problem+json"), declared.contentType());
        assertEquals("JSON_BODY_TOO_LARGE", declared.json().getString("code"));

        // Chunked, no Content-Length: counted while read.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(deployment + "api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("JSON_BODY_TOO_LARGE"), answer.body());

        assertEquals(200, api().get("/health/ready", null).status());
        assertTrue(api().adminToken().length() > 20, "a normal body still works");
    }

    @Test
    void absurdPagesAre422() {
        String admin = api().adminToken();
        Api.Answer far = api().get("api/v1/admin/audit?page=1000000&size=200", admin);
        assertEquals(422, far.status(), far.body());
        assertEquals("PAGE_OUT_OF_RANGE", far.json().getString("code"));
        String reviewer = new OnlineFlow(deployment).reviewer(admin);
        Api.Answer overflow = api().get("api/v1/review/queue?page=2147483647&size=100", reviewer);
        assertEquals(422, overflow.status(), overflow.body());
        assertEquals("PAGE_OUT_OF_RANGE", overflow.json().getString("code"));
        for (String query : List.of("page=-1", "page=abc", "size=0", "size=101", "page=99999999999")) {
            Api.Answer refused = api().get("api/v1/review/queue?" + query, reviewer);
            assertEquals(422, refused.status(), query + " " + refused.body());
        }
        assertEquals(
                200, api().get("api/v1/review/queue?page=0&size=100", reviewer).status());
    }

    /**
     * Two applications for one person under two names, approved by two reviewers at the same moment: the identity
     * lock makes the second wait and then see the first's name, so exactly one is approved. Then claims racing on one
     * application answer 200 or 409, never 500.
     */
    @Test
    void twoApprovalsForOnePersonAtOnceApproveOne() throws Exception {
        Api api = api();
        String admin = api.adminToken();
        OnlineFlow flow = new OnlineFlow(deployment);
        String number = Applicants.residentId(BIRTH);
        String expiry = EXPIRY;
        OnlineFlow.Ready first = flow.submitted(number, expiry);
        OnlineFlow.Ready second = flow.readyToSubmit(number, expiry);
        api.send(
                        "PUT",
                        "api/v1/applications/" + second.applicationId() + "/identity",
                        OnlineFlow.identity(number, expiry).replace("张三", "李四"),
                        "application/json",
                        second.token(),
                        Map.of())
                .expect(200);
        api.post("api/v1/applications/" + second.applicationId() + "/submit", OnlineFlow.consent(), second.token())
                .expect(200);
        Jobs.run(api, admin, "pending-review");
        String reviewerA = flow.reviewer(admin);
        String reviewerB = flow.reviewer(admin);
        api.post("api/v1/review/applications/" + first.applicationId() + "/claim", "", reviewerA)
                .expect(200);
        api.post("api/v1/review/applications/" + second.applicationId() + "/claim", "", reviewerB)
                .expect(200);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Api.Answer> a = pool.submit(() -> {
                start.await();
                return api.post(
                        "api/v1/review/applications/" + first.applicationId() + "/decision",
                        "{\"decision\":\"APPROVE\"}",
                        reviewerA);
            });
            Future<Api.Answer> b = pool.submit(() -> {
                start.await();
                return api.post(
                        "api/v1/review/applications/" + second.applicationId() + "/decision",
                        "{\"decision\":\"APPROVE\"}",
                        reviewerB);
            });
            start.countDown();
            List<Integer> statuses = List.of(a.get().status(), b.get().status());
            assertEquals(
                    1,
                    statuses.stream().filter(s -> s == 200).count(),
                    a.get().body() + " " + b.get().body());
            Api.Answer refused = statuses.get(0) == 200 ? b.get() : a.get();
            assertEquals(422, refused.status(), refused.body());
            assertEquals("NAME_CONFLICT", refused.json().getString("code"));

            // Claims racing on one application: each is 200 or 409, never 500.
            OnlineFlow.Ready third = flow.submitted(Applicants.residentId(BIRTH.plusDays(1)), expiry);
            Jobs.run(api, admin, "pending-review");
            List<String> reviewers = List.of(reviewerA, reviewerB, flow.reviewer(admin), flow.reviewer(admin));
            ExecutorService many = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Api.Answer>> claims = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    String reviewer = reviewers.get(i % reviewers.size());
                    claims.add(many.submit(() -> {
                        go.await();
                        return api.post("api/v1/review/applications/" + third.applicationId() + "/claim", "", reviewer);
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Api.Answer> claim : claims) {
                    Api.Answer answer = claim.get();
                    assertTrue(answer.status() == 200 || answer.status() == 409, answer.status() + " " + answer.body());
                    if (answer.status() == 409) {
                        assertTrue(answer.contentType().startsWith("application/problem+json"));
                        assertTrue(
                                List.of("ALREADY_CLAIMED", "CONCURRENT_UPDATE")
                                        .contains(answer.json().getString("code")),
                                answer.body());
                    } else {
                        won++;
                    }
                }
                assertTrue(won >= 1);
            } finally {
                many.shutdownNow();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What a stolen copy of the database shows: every table read column by column, and neither the birth date nor
     * the document number declared online or at a counter appears in clear, in any column, in any encoding the
     * columns hold (dates, text, bytes read as text).
     */
    @Test
    void theDatabaseHoldsNoClearBirthDateOrDocumentNumber() throws Exception {
        String number = Applicants.residentId(BIRTH);
        new OnlineFlow(deployment).submitted(number, EXPIRY);
        List<String> found = new ArrayList<>();
        try (Connection db = ItDatabase.connect()) {
            DatabaseMetaData meta = db.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, null, "%", null)) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    String type = rows.getString("TABLE_TYPE");
                    if ("public".equalsIgnoreCase(schema)
                            && type != null
                            && type.toUpperCase().contains("TABLE")) {
                        tables.add(rows.getString("TABLE_NAME"));
                    }
                }
            }
            assertTrue(tables.contains("application_identity"), tables::toString);
            for (String table : tables) {
                try (PreparedStatement select = db.prepareStatement("SELECT * FROM " + table);
                        ResultSet rows = select.executeQuery()) {
                    ResultSetMetaData columns = rows.getMetaData();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        assertFalse(
                                columns.getColumnName(c).toLowerCase().contains("birth"),
                                table + "." + columns.getColumnName(c));
                    }
                    while (rows.next()) {
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            Object value = rows.getObject(c);
                            String text = value instanceof byte[] bytes
                                    ? new String(bytes, StandardCharsets.ISO_8859_1)
                                    : String.valueOf(value);
                            if (text.contains(number)
                                    || text.contains(number.substring(6, 14))
                                    || text.contains(BIRTH.toString())) {
                                found.add(table + "." + columns.getColumnName(c));
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "columns holding the number or the birth date in clear");
    }

    private static JsonObject staffView(Api api, String admin, String id) {
        return api.get("api/v1/applications/" + id, admin).expect(200).json().getJsonObject("staff");
    }

    private static String decrypt(String table, String column, String id, String context) throws SQLException {
        byte[] stored = value(table, column, "application_id", id);
        return new FieldCipher(ItDatabase.keys()).decryptText(stored, context);
    }

    private static String keyIdOf(String table, String column, String key, String id) throws SQLException {
        return FieldCipher.keyIdOf(value(table, column, key, id));
    }

    private static byte[] value(String table, String column, String key, String id) throws SQLException {
        try (Connection db = ItDatabase.connect();
                PreparedStatement select =
                        db.prepareStatement("SELECT " + column + " FROM " + table + " WHERE " + key + " = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), table + " " + id);
                return row.getBytes(1);
            }
        }
    }

    private static List<byte[]> values(String table, String column) throws SQLException {
        List<byte[]> values = new ArrayList<>();
        try (Connection db = ItDatabase.connect();
                PreparedStatement select = db.prepareStatement(
                        "SELECT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getBytes(1));
            }
        }
        return values;
    }

    /** A value in the form written before ciphertexts named their key: {@code 1 | nonce | ciphertext+tag}, key 1. */
    private static byte[] legacy(String plain, String context) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY_ONE, "AES"), new GCMParameterSpec(128, nonce));
        aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = aes.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + 12 + sealed.length)
                .put((byte) 1)
                .put(nonce)
                .put(sealed)
                .array();
    }
}
