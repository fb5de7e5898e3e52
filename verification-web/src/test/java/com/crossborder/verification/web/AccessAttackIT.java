package com.crossborder.verification.web;

import static com.crossborder.verification.web.Applicants.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.web.Api.Answer;
import com.crossborder.verification.web.Applicants.Phone;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker tries first against access control (issue 13): login bursts on a holder and on {@code admin},
 * guessing across many logins from one address, a forged {@code X-Forwarded-For}, other people's ids on every
 * endpoint that takes one, replayed SMS codes, and tokens after a disable or a password change. Each attack comes from
 * its own loopback address (127.x.y.z, bound by a raw socket), as separate clients would, so that budgets spent here
 * never touch the address the other tests use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessAttackIT {

    private static final String HOLDER_PASSWORD = "Holder-pass-1";
    private static final String STAFF_PASSWORD = "Staff-pass-12";
    private static final int MAX_FAILURES = Integer.getInteger("verification.login.max-failures", 5);
    private static final int MAX_PER_LOGIN = Integer.getInteger("verification.login.max-failures-per-login", 20);
    private static final int MAX_PER_SOURCE = Integer.getInteger("verification.login.max-failures-per-source", 60);
    private static final long LOCK_MILLIS = Integer.getInteger("verification.login.lock-seconds", 30) * 1000L;

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    /** A loopback address no other test uses. */
    private static String freshSource() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + (10 + random.nextInt(200)) + "." + random.nextInt(256) + "." + (2 + random.nextInt(250));
    }

    // ---------------------------------------------------------------- login bursts

    @Test
    void fortyConcurrentWrongPasswordsOnAHolderGetAtMostTheLimitJudgedAndTheRightOneIsRefusedWhileLocked()
            throws Exception {
        Phone phone = Phone.fresh();
        Applicants.register(api(), phone, HOLDER_PASSWORD);
        String source = freshSource();

        long start = System.currentTimeMillis();
        List<Raw> answers =
                burst(40, () -> login(source, phone.spelled(), "Wrong-pass-" + UUID.randomUUID(), Map.of()));
        long judged = answers.stream().filter(a -> a.status() == 401).count();
        long locked = answers.stream().filter(a -> a.status() == 429).count();
        assertAtMostTheLimitPerLockPeriod(judged, start);
        assertEquals(40, judged + locked, answers::toString);
        Raw refusal =
                answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
        assertTrue(refusal.body().contains("LOGIN_LOCKED"), refusal::body);
        assertTrue(refusal.contentType().startsWith("application/problem+json"), refusal::contentType);
        assertNotNull(refusal.header("retry-after"));

        // The right password is refused while the lock holds, also with a forged X-Forwarded-For (no proxy trusted).
        assertEquals(
                429, login(source, phone.spelled(), HOLDER_PASSWORD, Map.of()).status());
        assertEquals(
                429,
                login(source, phone.spelled(), HOLDER_PASSWORD, Map.of("X-Forwarded-For", "203.0.113.9"))
                        .status());
        // Another spelling of the same number is the same login.
        assertEquals(
                429,
                login(source, "+86" + phone.spelled(), HOLDER_PASSWORD, Map.of())
                        .status());
        // The lock is per address: the holder elsewhere is not kept out.
        assertEquals(
                200,
                login(freshSource(), phone.spelled(), HOLDER_PASSWORD, Map.of()).status());
        // One lock notice for the burst, not one per refusal.
        long notices = ItDatabase.smsTo(phone).stream()
                .filter(sms -> sms.template().equals("ACCOUNT_LOCKED"))
                .count();
        assertTrue(notices <= 1, () -> notices + " lock notices");
    }

    @Test
    void adminIsProtectedTheSameWayAndAnAdministratorCanUnlockWithAReason() throws Exception {
        String admin = api().adminToken();
        String adminId = api().get("api/v1/me", admin).expect(200).json().getString("id");
        String source = freshSource();
        String password = System.getProperty("verification.admin.password");

        long start = System.currentTimeMillis();
        List<Raw> answers = burst(40, () -> login(source, "admin", "Wrong-pass-" + UUID.randomUUID(), Map.of()));
        long judged = answers.stream().filter(a -> a.status() == 401).count();
        assertAtMostTheLimitPerLockPeriod(judged, start);
        assertEquals(429, login(source, "admin", password, Map.of()).status());
        assertEquals(429, login(source, "ADMIN ", password, Map.of()).status());

        // Unlocking needs a reason, and is audited with who and why.
        Answer noReason = api().post("api/v1/support/holders/" + adminId + "/unlock", "{}", admin);
        assertEquals(422, noReason.status(), noReason::body);
        api().post("api/v1/support/holders/" + UUID.randomUUID() + "/unlock", json("reason", "call"), admin)
                .expect(404);
        JsonObject unlocked = api().post(
                        "api/v1/support/holders/" + adminId + "/unlock", json("reason", "drill 13"), admin)
                .expect(200)
                .json();
        assertTrue(unlocked.getInt("locksLifted") >= 1, unlocked::toString);
        assertEquals(200, login(source, "admin", password, Map.of()).status());
        JsonObject trail = api().get("api/v1/admin/audit?action=LOGIN_UNLOCKED&objectId=" + adminId, admin)
                .expect(200)
                .json();
        String details = trail.getJsonArray("events").toString();
        assertTrue(details.contains("drill 13"), details);

        // Holders cannot unlock anyone.
        Phone phone = Phone.fresh();
        String holder = Applicants.register(api(), phone, HOLDER_PASSWORD);
        api().post("api/v1/support/holders/" + adminId + "/unlock", json("reason", "me"), holder)
                .expect(403);
    }

    @Test
    void guessesFromOneAddressAcrossManyLoginsMeetItsBudgetAndTheGlobalLimitPerLoginHolds() throws Exception {
        String source = freshSource();
        List<Callable<Raw>> spread = new ArrayList<>();
        for (int i = 0; i < MAX_PER_SOURCE + 10; i++) {
            spread.add(() ->
                    login(source, "nobody" + UUID.randomUUID().toString().substring(0, 8), "Wrong-pass-1", Map.of()));
        }
        // Eight at a time: each judged guess costs a password hash, and the machine is shared.
        List<Raw> answers = run(spread, 8);
        long judged = answers.stream().filter(a -> a.status() == 401).count();
        assertTrue(judged <= MAX_PER_SOURCE, () -> judged + " judged from one address");
        assertTrue(answers.stream().anyMatch(a -> a.status() == 429), answers::toString);
        // Even the right password of another account is refused from that address now.
        assertEquals(
                429,
                login(source, "admin", System.getProperty("verification.admin.password"), Map.of())
                        .status());
        // A forged header does not make it another address.
        assertEquals(
                429,
                login(
                                source,
                                "admin",
                                System.getProperty("verification.admin.password"),
                                Map.of("X-Forwarded-For", freshSource()))
                        .status());

        // Distributed guessing on one holder: the global soft limit locks the login from every address.
        Phone phone = Phone.fresh();
        Applicants.register(api(), phone, HOLDER_PASSWORD);
        int sources = (MAX_PER_LOGIN + MAX_FAILURES - 1) / MAX_FAILURES;
        List<Callable<Raw>> guesses = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            String from = freshSource();
            for (int i = 0; i < MAX_FAILURES; i++) {
                guesses.add(() -> login(from, phone.spelled(), "Wrong-pass-" + UUID.randomUUID(), Map.of()));
            }
        }
        run(guesses, 10);
        assertEquals(
                429,
                login(freshSource(), phone.spelled(), HOLDER_PASSWORD, Map.of()).status());
    }

    // ---------------------------------------------------------------- anonymous endpoints

    @Test
    void anonymousEndpointsAnswer429WithRetryAfterPerAddress() {
        String source = freshSource();
        Raw last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            last = raw(source, "GET", "api/v1/letters/NO-SUCH-" + i, null, Map.of());
        }
        assertEquals(429, last.status(), last::body);
        assertTrue(last.body().contains("TOO_MANY_REQUESTS"), last::body);
        assertNotNull(last.header("retry-after"));

        String body = json("phone", Phone.fresh().spelled(), "code", "123456", "newPassword", "New-pass-123");
        last = null;
        for (int i = 0; i < 30 && (last == null || last.status() != 429); i++) {
            last = raw(source, "POST", "api/v1/auth/password-reset", body, Map.of());
        }
        assertEquals(429, last.status(), last::body);
        assertNotNull(last.header("retry-after"));
        // Another address is not affected.
        assertFalse(raw(freshSource(), "GET", "api/v1/letters/NO-SUCH", null, Map.of())
                        .status()
                == 429);
    }

    // ---------------------------------------------------------------- codes and tokens

    @Test
    void aResetCodeWorksOnceAndTokensFromBeforeTheResetStop() throws InterruptedException {
        Phone phone = Phone.fresh();
        String before = Applicants.register(api(), phone, HOLDER_PASSWORD);
        Thread.sleep(2_000); // the build's resend cooldown since the registration code
        api().post("api/v1/auth/sms-codes", json("phone", phone.spelled(), "purpose", "RESET_PASSWORD"), null)
                .expect(202);
        String code = ItDatabase.lastSmsTo(phone).code();
        api().post(
                        "api/v1/auth/password-reset",
                        json("phone", phone.spelled(), "code", code, "newPassword", "Holder-pass-2"),
                        null)
                .expect(204);
        Answer replay = api().post(
                        "api/v1/auth/password-reset",
                        json("phone", phone.spelled(), "code", code, "newPassword", "Holder-pass-3"),
                        null);
        assertEquals(422, replay.status(), replay::body);
        assertTrue(replay.body().contains("SMS_CODE_"), replay::body);
        assertEquals(401, api().get("api/v1/me", before).status());
        api().login(phone.spelled(), "Holder-pass-2");
    }

    @Test
    void staffLifecyclePasswordChangeDisableEnableAndResetEndTokensAtOnce() {
        String admin = api().adminToken();
        String username = "life" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject created = createStaff(admin, username, "REVIEWER", Applicants.residentId(LocalDate.of(1980, 1, 2)));
        String id = created.getString("id");
        assertEquals("ACTIVE", created.getString("status"));

        // Own password change: 204, the old token stops, the wrong current password is refused.
        String first = api().login(username, STAFF_PASSWORD);
        Answer wrongCurrent = api().send(
                        "PUT",
                        "api/v1/me/password",
                        json("currentPassword", "Not-it-123", "newPassword", "Changed-pass-1"),
                        "application/json",
                        first,
                        Map.of());
        assertEquals(422, wrongCurrent.status(), wrongCurrent::body);
        assertTrue(wrongCurrent.body().contains("CURRENT_PASSWORD_WRONG"), wrongCurrent::body);
        api().send(
                        "PUT",
                        "api/v1/me/password",
                        json("currentPassword", STAFF_PASSWORD, "newPassword", "Changed-pass-1"),
                        "application/json",
                        first,
                        Map.of())
                .expect(204);
        assertEquals(401, api().get("api/v1/me", first).status());
        assertEquals(
                401,
                api().post("api/v1/auth/token", credentials(username, STAFF_PASSWORD), null)
                        .status());
        String second = api().login(username, "Changed-pass-1");
        api().get("api/v1/me", second).expect(200);

        // Disabled: the token stops at once and the right password is refused.
        JsonObject disabled = api().post("api/v1/admin/staff/" + id + "/disable", null, admin)
                .expect(200)
                .json();
        assertEquals("DISABLED", disabled.getString("status"));
        Answer revoked = api().get("api/v1/me", second);
        assertEquals(401, revoked.status());
        assertTrue(revoked.body().contains("TOKEN_REVOKED"), revoked::body);
        Answer refused = api().post("api/v1/auth/token", credentials(username, "Changed-pass-1"), null);
        assertEquals(403, refused.status(), refused::body);
        assertTrue(refused.body().contains("ACCOUNT_DISABLED"), refused::body);
        JsonObject listed = api().get("api/v1/admin/staff", admin).expect(200).json();
        assertTrue(
                listed.getJsonArray("staff").stream()
                        .map(v -> v.asJsonObject())
                        .anyMatch(s -> s.getString("id").equals(id)
                                && s.getString("status").equals("DISABLED")),
                listed::toString);
        assertFalse(listed.toString().contains("documentNumber"), "no document numbers in the list");

        // Enabled again: old tokens stay dead, a new login works.
        api().post("api/v1/admin/staff/" + id + "/enable", null, admin).expect(200);
        assertEquals(401, api().get("api/v1/me", second).status());
        String third = api().login(username, "Changed-pass-1");

        // Reset by an administrator: a temporary password, shown once; the old password and tokens stop.
        String temporary = api().post("api/v1/admin/staff/" + id + "/password-reset", null, admin)
                .expect(200)
                .json()
                .getString("temporaryPassword");
        assertEquals(401, api().get("api/v1/me", third).status());
        assertEquals(
                401,
                api().post("api/v1/auth/token", credentials(username, "Changed-pass-1"), null)
                        .status());
        api().login(username, temporary);

        // An administrator cannot disable themselves; a reviewer cannot use the lifecycle.
        String adminId = api().get("api/v1/me", admin).expect(200).json().getString("id");
        assertEquals(
                403,
                api().post("api/v1/admin/staff/" + adminId + "/disable", null, admin)
                        .status());
        assertEquals(
                403,
                api().get("api/v1/admin/staff", api().login(username, temporary))
                        .status());
        // A staff account without its own document is refused.
        Answer noDocument = api().post(
                        "api/v1/admin/staff",
                        Json.createObjectBuilder()
                                .add(
                                        "username",
                                        "nodoc" + UUID.randomUUID().toString().substring(0, 8))
                                .add("password", STAFF_PASSWORD)
                                .add("role", "REVIEWER")
                                .build()
                                .toString(),
                        admin);
        assertEquals(422, noDocument.status(), noDocument::body);
    }

    // ---------------------------------------------------------------- other people's ids

    @Test
    void applicantsAndReviewersTryingEachOthersIdsGetNothing() {
        OnlineFlow flow = new OnlineFlow(deployment);
        String admin = api().adminToken();
        OnlineFlow.Ready alice = flow.submitted(Applicants.residentId(LocalDate.of(1990, 3, 7)), "2036-03-07");
        OnlineFlow.Ready bob = flow.readyToSubmit(Applicants.residentId(LocalDate.of(1990, 3, 7)), "2036-03-07");

        // Bob on Alice's application, on every endpoint that takes its id.
        String a = alice.applicationId();
        assertDenied(api().get("api/v1/applications/" + a, bob.token()));
        assertDenied(api().send(
                        "PUT",
                        "api/v1/applications/" + a + "/identity",
                        OnlineFlow.identity(Applicants.residentId(LocalDate.of(1990, 3, 7)), "2036-03-07"),
                        "application/json",
                        bob.token(),
                        Map.of()));
        assertDenied(api().send(
                        "PUT", "api/v1/applications/" + a + "/photos/FACE", "x", "image/jpeg", bob.token(), Map.of()));
        assertDenied(api().post("api/v1/applications/" + a + "/submit", OnlineFlow.consent(), bob.token()));
        assertDenied(api().post("api/v1/applications/" + a + "/withdrawal", "{}", bob.token()));
        assertDenied(api().get("api/v1/review/applications/" + a + "/photos/FACE", bob.token()));
        assertDenied(api().post("api/v1/review/applications/" + a + "/claim", "", bob.token()));
        Answer own = api().get("api/v1/applications/" + a, alice.token()).expect(200);
        assertFalse(api().get("api/v1/cards", bob.token()).body().contains(alice.cardNumber()));
        assertTrue(own.body().contains(a));

        // Two reviewers: the one without the claim sees no photo, no record and cannot decide.
        String first = reviewer(admin);
        String second = reviewer(admin);
        api().post("api/v1/review/applications/" + a + "/claim", "", first).expect(200);
        assertDenied(api().get("api/v1/review/applications/" + a + "/photos/FACE", second));
        assertDenied(api().get("api/v1/review/applications/" + a + "/counter-record", second));
        assertDenied(api().get("api/v1/review/applications/" + a + "/scans/" + UUID.randomUUID(), second));
        Answer decision =
                api().post("api/v1/review/applications/" + a + "/decision", json("decision", "APPROVE"), second);
        assertTrue(decision.status() == 403 || decision.status() == 409, decision::body);
        assertFalse(
                api().get("api/v1/applications/" + a, alice.token()).body().contains("APPROVED"),
                "another reviewer's claim was decided");
        // Reviewers are not applicants: no holder endpoint answers them with data.
        assertDenied(api().post("api/v1/applications/" + a + "/submit", OnlineFlow.consent(), second));
    }

    @Test
    void nobodyClaimsOrDecidesAnApplicationForTheirOwnIdentity() {
        String admin = api().adminToken();
        String number = Applicants.residentId(LocalDate.of(1990, 3, 7));
        String username = "self" + UUID.randomUUID().toString().substring(0, 8);
        createStaff(admin, username, "REVIEWER", number);
        String reviewer = api().login(username, STAFF_PASSWORD);
        OnlineFlow.Ready own = new OnlineFlow(deployment).submitted(number, "2036-03-07");
        Answer claim = api().post("api/v1/review/applications/" + own.applicationId() + "/claim", "", reviewer);
        assertEquals(403, claim.status(), claim::body);
        assertTrue(claim.body().contains("SELF_PROCESSING_FORBIDDEN"), claim::body);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * At most the limit judged per lock period the burst lasted: on a loaded machine a burst may outlast one lock,
     * and the next period rightly judges up to the limit again (the defect judged 33 of 40 at once).
     */
    private static void assertAtMostTheLimitPerLockPeriod(long judged, long start) {
        long periods = 1 + (System.currentTimeMillis() - start) / LOCK_MILLIS;
        assertTrue(
                judged <= MAX_FAILURES * periods,
                () -> judged + " guesses judged in " + periods + " lock period(s), limit " + MAX_FAILURES);
    }

    private static void assertDenied(Answer answer) {
        assertTrue(
                answer.status() == 403 || answer.status() == 404 || answer.status() == 401,
                () -> "expected a refusal, got " + answer.status() + ": " + answer.body());
    }

    private String reviewer(String admin) {
        String username = "idor" + UUID.randomUUID().toString().substring(0, 8);
        createStaff(admin, username, "REVIEWER", Applicants.residentId(LocalDate.of(1970, 5, 5)));
        return api().login(username, STAFF_PASSWORD);
    }

    private JsonObject createStaff(String admin, String username, String role, String ownNumber) {
        return api().post(
                        "api/v1/admin/staff",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", STAFF_PASSWORD)
                                .add("role", role)
                                .add(
                                        "document",
                                        Json.createObjectBuilder()
                                                .add("documentType", "CN_RESIDENT_ID")
                                                .add("documentNumber", ownNumber))
                                .build()
                                .toString(),
                        admin)
                .expect(201)
                .json();
    }

    private static String credentials(String username, String password) {
        return json("username", username, "password", password);
    }

    private Raw login(String source, String username, String password, Map<String, String> headers) {
        return raw(source, "POST", "api/v1/auth/token", credentials(username, password), headers);
    }

    private static List<Raw> burst(int count, Callable<Raw> call) throws Exception {
        List<Callable<Raw>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(call);
        }
        return run(calls, 40);
    }

    private static List<Raw> run(List<Callable<Raw>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, calls.size()));
        try {
            List<Raw> answers = new ArrayList<>();
            for (Future<Raw> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** An answer read off a raw socket. */
    record Raw(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    /** One HTTP/1.1 request from the given local address, so that the server sees it as that client. */
    private Raw raw(String source, String method, String path, String body, Map<String, String> headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder()
                .append(method)
                .append(' ')
                .append(deployment.getPath())
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(deployment.getHost())
                .append(':')
                .append(deployment.getPort())
                .append("\r\nConnection: close\r\nAccept: application/json\r\n");
        if (body != null) {
            request.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(content.length)
                    .append("\r\n");
        }
        headers.forEach(
                (name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress(deployment.getHost(), deployment.getPort()), 10_000);
            socket.setSoTimeout(180_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Raw parse(byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        byte[] rest = Arrays.copyOfRange(response, end + 4, response.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            rest = unchunk(rest);
        }
        return new Raw(status, headers, new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            String hex = size.toString().split(";")[0].strip();
            if (hex.isEmpty()) {
                if (c == -1) {
                    return out.toByteArray();
                }
                continue;
            }
            int length = Integer.parseInt(hex, 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
        }
    }
}
