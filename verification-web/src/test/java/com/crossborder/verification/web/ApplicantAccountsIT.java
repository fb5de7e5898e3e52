package com.crossborder.verification.web;

import static com.crossborder.verification.web.WalkingSkeletonIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.web.Api.Answer;
import com.crossborder.verification.web.Applicants.Phone;
import com.crossborder.verification.web.ItDatabase.Sms;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Card holders' accounts over HTTP: codes by SMS, registration, login, lockout, reset, and no way to tell
 * registered numbers from others. The build sets a 2 s resend cooldown, 4 codes a day and a short lock
 * ({@code verification.login.lock-seconds}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicantAccountsIT {

    private static String json(String... pairs) {
        return Applicants.json(pairs);
    }

    private static final Duration COOLDOWN = Duration.ofSeconds(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    private Answer askCode(Phone phone, String purpose) {
        return api().post("api/v1/auth/sms-codes", json("phone", phone.spelled(), "purpose", purpose), null);
    }

    private Answer register(Phone phone, String password, String code) {
        return api().post("api/v1/accounts", json("phone", phone.spelled(), "password", password, "code", code), null);
    }

    private Answer login(String username, String password) {
        return api().post("api/v1/auth/token", json("username", username, "password", password), null);
    }

    private String registered(Phone phone, String password) {
        return Applicants.register(api(), phone, password);
    }

    @Test
    void aHolderRegistersLogsInAndResetsAForgottenPasswordWhichEndsOlderSessions() throws InterruptedException {
        Phone phone = Phone.fresh();
        askCode(phone, "REGISTER").expect(202);
        Sms registerSms = ItDatabase.lastSmsTo(phone);
        assertEquals("REGISTER_CODE", registerSms.template());
        assertTrue(registerSms.text().startsWith("【中港通】"));

        var account =
                register(phone, "Holder-pass-1", registerSms.code()).expect(201).json();
        assertEquals("APPLICANT", account.getString("role"));
        assertEquals(phone.masked(), account.getString("username"));

        String oldToken = login("+86" + phone.spelled().replace(" ", "").replace("-", ""), "Holder-pass-1")
                .expect(200)
                .json()
                .getString("accessToken");
        assertEquals(
                phone.masked(),
                api().get("api/v1/me", oldToken).expect(200).json().getString("username"));

        Thread.sleep(COOLDOWN.toMillis());
        askCode(phone, "RESET_PASSWORD").expect(202);
        Sms resetSms = ItDatabase.lastSmsTo(phone);
        assertEquals("RESET_PASSWORD_CODE", resetSms.template());
        api().post(
                        "api/v1/auth/password-reset",
                        json("phone", phone.spelled(), "code", resetSms.code(), "newPassword", "Newer-pass-2"),
                        null)
                .expect(204);

        assertProblem(api().get("api/v1/me", oldToken).expect(401), 401, "TOKEN_REVOKED");
        assertProblem(login(phone.spelled(), "Holder-pass-1").expect(401), 401, "INVALID_CREDENTIALS");
        String newToken =
                login(phone.spelled(), "Newer-pass-2").expect(200).json().getString("accessToken");
        api().get("api/v1/me", newToken).expect(200);
        assertEquals("PASSWORD_CHANGED", ItDatabase.lastSmsTo(phone).template());
        waitUntilDelivered(phone);
    }

    @Test
    void customerServiceStartsAResetThatSendsTheHolderACode() throws InterruptedException {
        Phone phone = Phone.fresh();
        registered(phone, "Holder-pass-1");
        String admin = api().adminToken();
        assertProblem(
                api().post(
                                "api/v1/admin/password-resets",
                                json("phone", Phone.fresh().spelled()),
                                admin)
                        .expect(404),
                404,
                "ACCOUNT_NOT_FOUND");
        assertProblem(
                api().post(
                                "api/v1/admin/password-resets",
                                json("phone", phone.spelled()),
                                registered(Phone.fresh(), "Other-pass-1"))
                        .expect(403),
                403,
                "FORBIDDEN");
        // the reset code obeys the same resend cooldown as any other code to the number
        Thread.sleep(COOLDOWN.toMillis());
        api().post("api/v1/admin/password-resets", json("phone", phone.spelled()), admin)
                .expect(202);
        Sms reset = ItDatabase.lastSmsTo(phone);
        assertEquals("RESET_PASSWORD_CODE", reset.template());
        api().post(
                        "api/v1/auth/password-reset",
                        json("phone", phone.spelled(), "code", reset.code(), "newPassword", "Newer-pass-3"),
                        null)
                .expect(204);
        login(phone.spelled(), "Newer-pass-3").expect(200);
        assertTrue(api().get("api/v1/admin/audit?action=PASSWORD_RESET_STARTED", admin)
                .expect(200)
                .body()
                .contains(phone.masked()));
    }

    @Test
    void answersDoNotTellWhetherANumberIsRegistered() throws InterruptedException {
        Phone known = Phone.fresh();
        registered(known, "Known-pass-1");
        Thread.sleep(COOLDOWN.toMillis());
        Phone unknown = Phone.fresh();
        for (String purpose : new String[] {"REGISTER", "RESET_PASSWORD"}) {
            Answer forKnown = askCode(known, purpose).expect(202);
            Answer forUnknown = askCode(unknown, purpose).expect(202);
            assertEquals(forKnown.body(), forUnknown.body());
            Thread.sleep(COOLDOWN.toMillis());
        }
        // The registered number was told, not sent a code; the unknown number got no reset code.
        assertEquals("ALREADY_REGISTERED", ItDatabase.smsTo(known).get(1).template());
        assertEquals(
                List.of("REGISTER_CODE"),
                ItDatabase.smsTo(unknown).stream().map(Sms::template).toList());

        Answer wrongPassword = login(known.spelled(), "Wrong-pass-9");
        Answer unknownNumber = login(unknown.spelled(), "Wrong-pass-9");
        assertEquals(wrongPassword.status(), unknownNumber.status());
        assertEquals(wrongPassword.body(), unknownNumber.body());
    }

    @Test
    void codesHaveACooldownADailyCapAndDieAfterFiveWrongTries() throws InterruptedException {
        Phone phone = Phone.fresh();
        askCode(phone, "REGISTER").expect(202);
        Answer tooSoon = askCode(phone, "REGISTER").expect(429);
        assertProblem(tooSoon, 429, "SMS_RATE_LIMITED");
        assertTrue(Integer.parseInt(tooSoon.header("Retry-After")) >= 1);

        String code = ItDatabase.lastSmsTo(phone).code();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertProblem(register(phone, "Holder-pass-1", wrong).expect(422), 422, "SMS_CODE_INVALID");
        }
        assertProblem(register(phone, "Holder-pass-1", wrong).expect(422), 422, "SMS_CODE_EXPIRED");
        assertProblem(register(phone, "Holder-pass-1", code).expect(422), 422, "SMS_CODE_EXPIRED");

        for (int sent = 1; sent < 4; sent++) {
            Thread.sleep(COOLDOWN.toMillis());
            askCode(phone, "REGISTER").expect(202);
        }
        Thread.sleep(COOLDOWN.toMillis());
        assertProblem(askCode(phone, "REGISTER").expect(429), 429, "SMS_RATE_LIMITED");
        assertEquals(4, ItDatabase.smsTo(phone).size());
        register(phone, "Holder-pass-1", ItDatabase.lastSmsTo(phone).code()).expect(201);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginTellTheHolderAndTheLockEnds() throws InterruptedException {
        Phone phone = Phone.fresh();
        registered(phone, "Holder-pass-1");
        for (int i = 0; i < 5; i++) {
            assertProblem(login(phone.spelled(), "Wrong-pass-9").expect(401), 401, "INVALID_CREDENTIALS");
        }
        Answer locked = login(phone.spelled(), "Holder-pass-1").expect(429);
        assertProblem(locked, 429, "LOGIN_LOCKED");
        int lockSeconds = Integer.getInteger("verification.login.lock-seconds", 5);
        assertTrue(Integer.parseInt(locked.header("Retry-After")) <= lockSeconds);
        assertEquals("ACCOUNT_LOCKED", ItDatabase.lastSmsTo(phone).template());

        Thread.sleep(lockSeconds * 1000L + 500);
        login(phone.spelled(), "Holder-pass-1").expect(200);
    }

    @Test
    void twoRegistrationsOfOneNumberAtOnceMakeOneAccount() throws Exception {
        Phone phone = Phone.fresh();
        askCode(phone, "REGISTER").expect(202);
        String code = ItDatabase.lastSmsTo(phone).code();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attempts.add(() -> register(phone, "Holder-pass-1", code).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses::toString);
            assertTrue(
                    statuses.stream().allMatch(status -> status == 201 || status == 409 || status == 422),
                    statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ItDatabase.accountsWith(phone));
    }

    @Test
    void badNumbersAndWeakPasswordsAreRefusedClearlyAndNothingIsStoredInClear() {
        assertProblem(
                api().post("api/v1/auth/sms-codes", json("phone", "12345", "purpose", "REGISTER"), null)
                        .expect(422),
                422,
                "PHONE_INVALID");
        assertProblem(
                api().post("api/v1/auth/sms-codes", json("phone", "+852 3123 4567", "purpose", "REGISTER"), null)
                        .expect(422),
                422,
                "PHONE_INVALID");
        assertProblem(
                api().post("api/v1/auth/sms-codes", json("phone", "13812345678", "purpose", "LOGIN"), null)
                        .expect(422),
                422,
                "SMS_CODE_PURPOSE_INVALID");
        Phone phone = Phone.fresh();
        askCode(phone, "REGISTER").expect(202);
        String digits = phone.spelled().replace(" ", "").replace("-", "");
        assertProblem(register(phone, "onlyletters", "123456").expect(422), 422, "PASSWORD_TOO_WEAK");
        assertProblem(register(phone, "x" + digits + "y", "123456").expect(422), 422, "PASSWORD_CONTAINS_LOGIN");
        assertEquals(0, ItRecords.auditRowsMentioning(digits.substring(3)));
        assertEquals(0, ItRecords.smsWithMaskedNumberContaining(digits.substring(3)));
    }

    private void waitUntilDelivered(Phone phone) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)
                && !ItDatabase.smsTo(phone).stream()
                        .allMatch(sms -> sms.status().equals("DELIVERED"))) {
            Thread.sleep(300);
        }
        assertTrue(
                ItDatabase.smsTo(phone).stream().allMatch(sms -> sms.status().equals("DELIVERED")),
                () -> ItDatabase.smsTo(phone).toString());
        assertFalse(ItDatabase.smsTo(phone).isEmpty());
    }
}
