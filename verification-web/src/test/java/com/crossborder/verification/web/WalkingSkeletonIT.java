package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.web.Api.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton, tried from outside over HTTP: operations endpoints (health, metrics, the OpenAPI document and
 * Swagger UI), errors, tokens and roles, audit, batch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalkingSkeletonIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    @Test
    void healthIsReadyWithTheDatabaseAndTheMigrations() {
        JsonObject ready = api().get("/health/ready", null).expect(200).json();
        assertEquals("UP", ready.getString("status"));
        assertTrue(ready.toString().contains("migrationsApplied"), ready::toString);
        api().get("/health/live", null).expect(200);
        api().get("/health", null).expect(200);
    }

    @Test
    void openApiDescribesTheEndpointsAndMetricsAreServed() {
        String openapi = api().get("/openapi", null).expect(200).body();
        for (String path : new String[] {
            "/api/v1/auth/token",
            "/api/v1/me",
            "/api/v1/admin/staff",
            "/api/v1/admin/audit",
            "/api/v1/admin/jobs/{jobName}/executions",
            "/api/v1/review/reasons",
            "/api/v1/review/applications/{id}/counter-record",
            "/api/v1/review/applications/{id}/scans/{scanId}",
            "/api/v1/documents/validation"
        }) {
            assertTrue(openapi.contains(path), () -> "OpenAPI lacks " + path);
        }
        assertTrue(api().get("/metrics", null).expect(200).body().contains("# TYPE"));
    }

    @Test
    void theOpenApiDocumentHasTagsSchemasErrorAnswersAndTheBearerScheme() {
        JsonObject api = api().send("GET", "/openapi", null, null, null, Map.of("Accept", "application/json"))
                .expect(200)
                .json();
        Set<String> tags = new HashSet<>();
        api.getJsonArray("tags")
                .forEach(tag ->
                        assertTrue(tags.add(tag.asJsonObject().getString("name")), () -> "tag listed twice: " + tag));
        assertTrue(
                tags.containsAll(List.of(
                        "auth",
                        "account",
                        "cards",
                        "applications",
                        "documents",
                        "review",
                        "outlet",
                        "support",
                        "admin",
                        "operator",
                        "webhooks",
                        "jobs")),
                tags::toString);

        JsonObject schemas = api.getJsonObject("components").getJsonObject("schemas");
        JsonObject problem = schemas.getJsonObject("Problem").getJsonObject("properties");
        for (String field : List.of("type", "title", "status", "code", "detail", "errors")) {
            assertTrue(problem.containsKey(field), () -> "Problem lacks " + field);
        }
        JsonObject bearer =
                api.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));
        assertEquals("JWT", bearer.getString("bearerFormat"));

        // Every operation: a tag, a summary, a unique id, a success status with its schema, no status-less answer, and
        // every error answer as problem+json.
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : api.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> verb :
                    path.getValue().asJsonObject().entrySet()) {
                String where = verb.getKey() + " " + path.getKey();
                JsonObject operation = verb.getValue().asJsonObject();
                operations++;
                assertFalse(operation.getJsonArray("tags").isEmpty(), where);
                assertFalse(operation.getString("summary").isBlank(), where);
                assertTrue(operationIds.add(operation.getString("operationId")), () -> "operationId twice: " + where);
                JsonObject responses = operation.getJsonObject("responses");
                assertFalse(responses.containsKey("default"), where);
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), where);
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        assertEquals(
                                "#/components/schemas/Problem",
                                response.asJsonObject()
                                        .getJsonObject("content")
                                        .getJsonObject("application/problem+json")
                                        .getJsonObject("schema")
                                        .getString("$ref"),
                                where + " " + code);
                    }
                    if (code.startsWith("20") && !code.equals("204")) {
                        assertTrue(response.asJsonObject().containsKey("content"), where + " " + code);
                    }
                });
                if (operation.containsKey("security")) {
                    assertTrue(responses.containsKey("401") && responses.containsKey("403"), where);
                }
            }
        }
        assertTrue(operations > 60, "operations: " + operations);

        JsonObject submit = api.getJsonObject("paths")
                .getJsonObject("/api/v1/applications/{id}/submit")
                .getJsonObject("post");
        assertEquals("applications", submit.getJsonArray("tags").getString(0));
        JsonObject submitted = submit.getJsonObject("responses");
        assertTrue(submitted.getJsonObject("422").getString("description").contains("PHOTOS_MISSING"));
        assertTrue(submitted.containsKey("409") && submitted.containsKey("401") && submitted.containsKey("404"));
        assertEquals(
                "#/components/schemas/ApplicationView",
                submitted
                        .getJsonObject("200")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getString("$ref"));
        assertEquals(
                List.of("bearer"),
                List.copyOf(submit.getJsonArray("security").getJsonObject(0).keySet()));
        JsonObject login = api.getJsonObject("paths")
                .getJsonObject("/api/v1/auth/token")
                .getJsonObject("post")
                .getJsonObject("responses");
        assertTrue(login.getJsonObject("429").getJsonObject("headers").containsKey("Retry-After"), login::toString);

        // Every reference leads to a schema the document has.
        Matcher refs = Pattern.compile("\"#/components/schemas/([^\"]+)\"").matcher(api.toString());
        while (refs.find()) {
            assertTrue(schemas.containsKey(refs.group(1)), "no schema " + refs.group(1));
        }
    }

    @Test
    void swaggerUiIsServedFromTheWarWithoutLoginAndWithoutLooseningTheScreensPolicy() {
        // relative: the tests deploy the WAR under a context root of its own
        Answer page = api().get("api-docs/", null).expect(200);
        assertTrue(page.contentType().startsWith("text/html"), page::contentType);
        assertFalse(page.body().contains("http:") || page.body().contains("https:"), page::body);
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.startsWith("default-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-eval") || policy.contains("script-src"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        Matcher scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(page.body());
        int served = 0;
        while (scripts.find()) {
            Answer script = api().get("api-docs/" + scripts.group(1), null).expect(200);
            assertTrue(script.contentType().contains("javascript"), script::contentType);
            served++;
        }
        assertEquals(3, served, page::body);
        assertTrue(page.body().contains("../webjars/swagger-ui/"), page::body);
        assertTrue(api().get("api-docs/api-docs.js", null).body().contains("\"/openapi\""));
        Matcher styles =
                Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(page.body());
        assertTrue(styles.find(), page::body);
        assertTrue(api().get("api-docs/" + styles.group(1), null)
                .expect(200)
                .contentType()
                .startsWith("text/css"));
        // the console keeps its own, stricter policy
        assertFalse(
                api().get("console/", null).header("Content-Security-Policy").contains("unsafe"));
    }

    @Test
    void webhookDeliveriesAreCountedAndARefusingReceiverKeepsTheNodesReady() throws Exception {
        String admin = api().adminToken();
        String webhook = api().post("api/v1/admin/webhooks", "{\"url\":\"http://127.0.0.1:9/metrics-hook\"}", admin)
                .expect(201)
                .json()
                .getString("id");
        // A delivery created two hours ago whose next attempt is an hour away: the receiver has refused it since.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ItDatabase.update(
                "INSERT INTO webhook_delivery (id, webhook_id, message_id, event_type, card_number, seq, payload, status,"
                        + " attempts, created_at, round_started_at, next_attempt_at, version) VALUES"
                        + " (?, ?, ?, 'card.verified', '8000000000000000', 1, '{}', 'PENDING', 3, ?, ?, ?, 0)",
                UUID.randomUUID().toString(),
                webhook,
                "msg_" + UUID.randomUUID().toString().replace("-", ""),
                now.minusHours(2),
                now.minusHours(2),
                now.plusHours(1));
        try {
            // Nothing is overdue (its attempt lies ahead): the nodes stay ready, the age shows in the check's data.
            Answer ready = api().get("/health/ready", null).expect(200);
            JsonObject check = ready.json().getJsonArray("checks").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("name").equals("webhook-outbox"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(ready.body()));
            assertEquals("UP", check.getString("status"));
            assertEquals("0", jsonText(check.getJsonObject("data").get("overdueSeconds")), check::toString);
            assertTrue(
                    Long.parseLong(jsonText(check.getJsonObject("data").get("oldestPendingSeconds"))) >= 7000,
                    check::toString);
            assertTrue(Long.parseLong(jsonText(check.getJsonObject("data").get("pending"))) >= 1, check::toString);

            // The figures are read every 15 seconds.
            Instant deadline = Instant.now().plusSeconds(40);
            String metrics;
            do {
                Thread.sleep(1000);
                metrics = api().get("/metrics?scope=application", null)
                        .expect(200)
                        .body();
            } while (metric(metrics, "verification_webhook_deliveries", "status=\"PENDING\"") < 1
                    && Instant.now().isBefore(deadline));
            assertTrue(metric(metrics, "verification_webhook_deliveries", "status=\"PENDING\"") >= 1, metrics);
            assertTrue(metric(metrics, "verification_webhook_deliveries", "status=\"DELIVERED\"") >= 0, metrics);
            assertTrue(metric(metrics, "verification_webhook_oldest_pending_seconds", "") >= 7000, metrics);
        } finally {
            // Removing the webhook cancels what it still had pending.
            api().send("DELETE", "api/v1/admin/webhooks/" + webhook, null, null, admin, Map.of())
                    .expect(204);
        }
        api().get("/health/ready", null).expect(200);
    }

    private static String jsonText(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /** The value of the first line of {@code name} whose tags contain {@code tag}; -1 when there is none. */
    private static double metric(String metrics, String name, String tag) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(tag))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(-1);
    }

    @Test
    void theFrontDoorLeadsToTheConsoleWhoseScreensComeWithTheirSecurityHeaders() {
        Answer door = api().get("", null).expect(302);
        assertTrue(door.header("Location").endsWith("/console/"), door.header("Location"));
        for (String path : new String[] {"console/", "console/console.js", "shared/api.js", "shared/base.css"}) {
            Answer screen = api().get(path, null).expect(200);
            String policy = screen.header("Content-Security-Policy");
            assertTrue(policy.startsWith("default-src 'self'"), path + ": " + policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
            assertFalse(policy.contains("unsafe"), policy);
            assertEquals("nosniff", screen.header("X-Content-Type-Options"));
            assertEquals("no-referrer", screen.header("Referrer-Policy"));
        }
        assertTrue(api().get("console/", null)
                .body()
                .contains("<label for=\"sign-in-username\" data-i18n=\"signIn.username\">用户名</label>"));
        assertTrue(api().get("console/console.js", null).contentType().contains("javascript"));
        assertEquals("image/x-icon", api().get("favicon.ico", null).expect(200).contentType());
        for (String lang : new String[] {"zh-Hans", "zh-Hant", "en"}) {
            JsonObject texts = api().get("console/i18n/" + lang + ".json", null)
                    .expect(200)
                    .json();
            assertTrue(texts.containsKey("signIn.username"), lang);
        }
        assertProblem(api().get("console/no-such-screen.js", null).expect(404), 404, "NOT_FOUND");
    }

    @Test
    void unknownPathsAnswerProblemJsonInsideAndOutsideTheApi() {
        for (String path : new String[] {"api/v1/no-such-thing", "no-such-page", "api/nothing/here"}) {
            Answer answer = api().get(path, null).expect(404);
            assertProblem(answer, 404, "NOT_FOUND");
        }
    }

    @Test
    void wrongMethodWrongMediaTypeAndMalformedJsonAreRefusedClearly() {
        assertProblem(api().get("api/v1/auth/token", null).expect(405), 405, "METHOD_NOT_ALLOWED");
        assertProblem(
                api().send("POST", "api/v1/auth/token", "username=a", "text/plain", null, Map.of())
                        .expect(415),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api().post("api/v1/auth/token", "{\"username\": ", null).expect(400), 400, "MALFORMED_JSON");
        assertProblem(api().post("api/v1/auth/token", "[1,2]", null).expect(400), 400, "MALFORMED_JSON");
        assertProblem(
                api().post("api/v1/auth/token", "{\"username\": {\"x\": 1}, \"password\": \"p\"}", null)
                        .expect(400),
                400,
                "MALFORMED_JSON");
    }

    @Test
    void missingFieldsGiveOneEntryPerFieldInChineseOrEnglish() {
        Answer chinese = api().post("api/v1/auth/token", "{}", null).expect(422);
        JsonObject problem = assertProblem(chinese, 422, "VALIDATION_FAILED");
        assertEquals(2, problem.getJsonArray("errors").size(), problem::toString);
        assertEquals("password", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("username", problem.getJsonArray("errors").getJsonObject(1).getString("field"));
        assertEquals(
                "FIELD_REQUIRED",
                problem.getJsonArray("errors").getJsonObject(0).getString("code"));
        assertTrue(problem.getString("detail")
                .codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));

        Answer english = api().send(
                        "POST",
                        "api/v1/auth/token",
                        "{}",
                        "application/json",
                        null,
                        Map.of("Accept-Language", "en-GB,en;q=0.9"))
                .expect(422);
        assertTrue(english.json().getString("detail").startsWith("Some fields"), english::body);

        Answer noBody = api().send("POST", "api/v1/auth/token", null, "application/json", null, Map.of());
        assertTrue(noBody.status() == 400 || noBody.status() == 422, noBody::body);
        assertTrue(noBody.contentType().startsWith("application/problem+json"), noBody::contentType);
    }

    @Test
    void unknownLoginAndWrongPasswordLookTheSame() {
        Answer unknown = api().post("api/v1/auth/token", credentials("nobody-" + suffix(), "Whatever123"), null)
                .expect(401);
        Answer wrong = api().post("api/v1/auth/token", credentials("admin", "Wrong-password-1"), null)
                .expect(401);
        assertEquals(unknown.body(), wrong.body());
        assertProblem(wrong, 401, "INVALID_CREDENTIALS");
    }

    @Test
    void adminCreatesStaffWhoGetTheirRoleButNotAdminRights() {
        String admin = api().adminToken();
        String username = "rev" + suffix();
        JsonObject created = api().post(
                        "api/v1/admin/staff", staff(username, "Reviewer-pass-1", "REVIEWER", null), admin)
                .expect(201)
                .json();
        assertEquals("REVIEWER", created.getString("role"));

        String reviewer = api().login(username, "Reviewer-pass-1");
        JsonObject me = api().get("api/v1/me", reviewer).expect(200).json();
        assertEquals(username, me.getString("username"));
        assertEquals("REVIEWER", me.getJsonArray("roles").getString(0));

        assertProblem(
                api().post("api/v1/admin/staff", staff("x" + suffix(), "Another-pass-1", "ADMIN", null), reviewer)
                        .expect(403),
                403,
                "FORBIDDEN");
        assertProblem(api().get("api/v1/admin/audit", reviewer).expect(403), 403, "FORBIDDEN");
        assertProblem(api().get("api/v1/me", null).expect(401), 401, "UNAUTHORIZED");
        assertProblem(api().get("api/v1/me", "not.a.token").expect(401), 401, "UNAUTHORIZED");

        // the same name twice, and the rules for staff accounts
        assertProblem(
                api().post("api/v1/admin/staff", staff(username, "Reviewer-pass-1", "REVIEWER", null), admin)
                        .expect(409),
                409,
                "USERNAME_TAKEN");
        assertProblem(
                api().post("api/v1/admin/staff", staff("o" + suffix(), "Outlet-pass-1", "OUTLET_STAFF", null), admin)
                        .expect(422),
                422,
                "OUTLET_CODE_REQUIRED");
        assertProblem(
                api().post("api/v1/admin/staff", staff("a" + suffix(), "Applicant-1", "APPLICANT", null), admin)
                        .expect(422),
                422,
                "ROLE_NOT_STAFF");
        assertProblem(
                api().post("api/v1/admin/staff", staff("w" + suffix(), "onlyletters", "REVIEWER", null), admin)
                        .expect(422),
                422,
                "PASSWORD_TOO_WEAK");
        assertProblem(
                api().post(
                                "api/v1/admin/staff",
                                staff("o" + suffix(), "Outlet-pass-1", "OUTLET_STAFF", "NO-SUCH-OUTLET"),
                                admin)
                        .expect(422),
                422,
                "OUTLET_NOT_FOUND");
        String outletCode = "SZ-" + suffix().toUpperCase();
        api().post(
                        "api/v1/admin/outlets",
                        "{\"code\":\"" + outletCode + "\",\"name\":\"深圳福田口岸服务点\",\"address\":\"深圳市福田区\"}",
                        admin)
                .expect(201);
        JsonObject outletStaff = api().post(
                        "api/v1/admin/staff", staff("o" + suffix(), "Outlet-pass-1", "OUTLET_STAFF", outletCode), admin)
                .expect(201)
                .json();
        assertEquals(outletCode, outletStaff.getString("outletCode"));
    }

    @Test
    void theAuditTrailRecordsChangesAndFindsWhereItsChainWasTamperedWith() throws Exception {
        String admin = api().adminToken();
        String username = "aud" + suffix();
        String accountId = api().post("api/v1/admin/staff", staff(username, "Audited-pass-1", "REVIEWER", null), admin)
                .expect(201)
                .json()
                .getString("id");

        JsonObject trail = api().get("api/v1/admin/audit?objectId=" + accountId, admin)
                .expect(200)
                .json();
        assertTrue(trail.getJsonObject("chain").getBoolean("intact"), trail::toString);
        JsonObject row = trail.getJsonArray("events").getJsonObject(0);
        assertEquals("STAFF_ACCOUNT_CREATED", row.getString("action"));
        assertFalse(trail.toString().contains("Audited-pass-1"));
        long sequence = row.getJsonNumber("sequence").longValue();

        String original = ItRecords.auditDetails(sequence);
        ItRecords.auditDetailsRewritten(sequence, "role=ADMIN");
        try {
            JsonObject chain =
                    api().get("api/v1/admin/audit", admin).expect(200).json().getJsonObject("chain");
            assertFalse(chain.getBoolean("intact"));
            assertEquals(sequence, chain.getJsonNumber("brokenAt").longValue());
            assertEquals("CONTENT_CHANGED", chain.getString("reason"));
        } finally {
            ItRecords.auditDetailsRewritten(sequence, original);
        }
        assertTrue(api().get("api/v1/admin/audit", admin)
                .expect(200)
                .json()
                .getJsonObject("chain")
                .getBoolean("intact"));
        assertProblem(api().get("api/v1/admin/audit?size=100000", admin).expect(422), 422, "INVALID_QUERY_PARAMETER");
    }

    @Test
    void thePendingReviewJobRunsToCompletionInTheSameDeployment() throws InterruptedException {
        String admin = api().adminToken();
        JsonObject jobs = Json.createObjectBuilder()
                .add("jobs", api().get("api/v1/admin/jobs", admin).expect(200).jsonValue())
                .build();
        assertTrue(jobs.toString().contains("pending-review"));

        long executionId = api().post("api/v1/admin/jobs/pending-review/executions", "", admin)
                .expect(202)
                .json()
                .getJsonNumber("executionId")
                .longValue();
        JsonObject execution = waitForEnd(admin, executionId);
        assertEquals("COMPLETED", execution.getString("status"), execution::toString);
        assertEquals("screen", execution.getJsonArray("steps").getJsonObject(0).getString("stepName"));

        assertProblem(
                api().post("api/v1/admin/jobs/no-such-job/executions", "", admin)
                        .expect(404),
                404,
                "JOB_NOT_FOUND");
        assertProblem(
                api().get("api/v1/admin/jobs/executions/987654321", admin).expect(404), 404, "JOB_EXECUTION_NOT_FOUND");
        assertNotEquals(
                202,
                api().post("api/v1/admin/jobs/pending-review/executions", "", null)
                        .status());
    }

    @Test
    void documentsAreValidatedWithoutStoringThem() {
        JsonObject valid = api().post(
                        "api/v1/documents/validation",
                        "{\"documentType\":\"CN_RESIDENT_ID\",\"documentNumber\":\"11010519491231002x\",\"name\":\"张三\"}",
                        null)
                .expect(200)
                .json();
        assertTrue(valid.getBoolean("valid"), valid::toString);
        assertEquals("11010519491231002X", valid.getString("normalizedNumber"));
        assertEquals("1101**********002X", valid.getString("maskedNumber"));
        assertEquals(0, valid.getJsonArray("problems").size());

        JsonObject wrongCheck = api().post(
                        "api/v1/documents/validation",
                        "{\"documentType\":\"CN_RESIDENT_ID\",\"documentNumber\":\"110105194912310021\"}",
                        null)
                .expect(200)
                .json();
        assertFalse(wrongCheck.getBoolean("valid"));
        assertEquals(
                "documentNumber",
                wrongCheck.getJsonArray("problems").getJsonObject(0).getString("field"));
        assertEquals(
                "INVALID_CHECK_CHARACTER",
                wrongCheck.getJsonArray("problems").getJsonObject(0).getString("code"));
        assertFalse(wrongCheck.toString().contains("110105194912310021"), "a bad number is not echoed back");

        JsonObject expired = api().send(
                        "POST",
                        "api/v1/documents/validation",
                        "{\"documentType\":\"CN_EEP_HKMO\",\"documentNumber\":\"C12345678\",\"expiryDate\":\"2001-01-01\",\"birthDate\":\"31-02-1990\"}",
                        "application/json",
                        null,
                        Map.of("Accept-Language", "en"))
                .expect(200)
                .json();
        assertEquals(
                List.of("INVALID_DATE", "DOCUMENT_EXPIRED"),
                expired.getJsonArray("problems").stream()
                        .map(p -> p.asJsonObject().getString("code"))
                        .toList());
        assertTrue(expired.getJsonArray("problems")
                .getJsonObject(1)
                .getString("message")
                .startsWith("The document has expired"));

        JsonObject hongKong = api().post(
                        "api/v1/documents/validation",
                        "{\"documentType\":\"HK_ID\",\"documentNumber\":\"g123456a\"}",
                        null)
                .expect(200)
                .json();
        assertEquals("G123456(A)", hongKong.getString("normalizedNumber"));

        assertProblem(
                api().post(
                                "api/v1/documents/validation",
                                "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"E12345678\"}",
                                null)
                        .expect(422),
                422,
                "DOCUMENT_TYPE_UNKNOWN");
        JsonObject missing = assertProblem(
                api().post("api/v1/documents/validation", "{\"documentType\":\"HK_ID\"}", null)
                        .expect(422),
                422,
                "VALIDATION_FAILED");
        assertEquals(
                "documentNumber",
                missing.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(
                api().post(
                                "api/v1/documents/validation",
                                "{\"documentType\":\"HK_ID\",\"documentNumber\":\"" + "9".repeat(5000) + "\"}",
                                null)
                        .expect(422),
                422,
                "VALIDATION_FAILED");
    }

    private JsonObject waitForEnd(String admin, long executionId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject execution;
        do {
            Thread.sleep(250);
            execution = api().get("api/v1/admin/jobs/executions/" + executionId, admin)
                    .expect(200)
                    .json();
        } while (!execution.getString("status").matches("COMPLETED|FAILED|STOPPED|ABANDONED")
                && Instant.now().isBefore(deadline));
        return execution;
    }

    static JsonObject assertProblem(Answer answer, int status, String code) {
        assertTrue(
                answer.contentType().startsWith("application/problem+json"),
                () -> answer.contentType() + " " + answer.body());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"), problem::toString);
        assertEquals(code, problem.getString("code"), problem::toString);
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(answer.body().contains("Exception"), answer::body);
        return problem;
    }

    private static String credentials(String username, String password) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString();
    }

    private static String staff(String username, String password, String role, String outletCode) {
        var json = Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .add("role", role)
                .add("document", Applicants.staffDocument());
        if (outletCode != null) {
            json.add("outletCode", outletCode);
        }
        return json.build().toString();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
