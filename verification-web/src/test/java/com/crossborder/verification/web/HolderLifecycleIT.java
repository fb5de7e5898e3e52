package com.crossborder.verification.web;

import static com.crossborder.verification.web.Applicants.json;
import static com.crossborder.verification.web.WalkingSkeletonIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.web.Api.Answer;
import com.crossborder.verification.web.Applicants.Phone;
import com.crossborder.verification.web.ItDatabase.Sms;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holder's own account and customer service over HTTP (issue 14, items 4–6): the list of one's applications and a
 * withdrawal, a card verified at an outlet claimed into the app with a code sent to the counter phone, lookups by
 * each key with their audit rows, and answers in traditional Chinese for Hong Kong readers. The build sets a 2 s
 * resend cooldown and 4 codes a number (or card) a day.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HolderLifecycleIT {

    private static final Duration COOLDOWN = Duration.ofSeconds(2);
    private static final Map<String, String> HONG_KONG = Map.of("Accept-Language", "zh-HK");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    private static String residentId(int year) {
        return Applicants.residentId(LocalDate.of(year, 3, 7));
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonObject ownApplications(String token) {
        return api().get("api/v1/applications?size=10", token).expect(200).json();
    }

    private JsonObject cardOf(String token, String cardNumber) {
        return api().get("api/v1/cards", token).expect(200).jsonValue().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(card -> card.getString("cardNumber").equals(cardNumber))
                .findFirst()
                .orElseThrow(() -> new AssertionError("card not listed: " + cardNumber));
    }

    private String staffAccount(String admin, String role, String outletCode) {
        String username = role.toLowerCase().replace("_", "")
                + UUID.randomUUID().toString().substring(0, 8);
        var body = Json.createObjectBuilder()
                .add("username", username)
                .add("password", "Staff-pass-12")
                .add("role", role)
                .add("document", Applicants.staffDocument());
        if (outletCode != null) {
            body.add("outletCode", outletCode);
        }
        api().post("api/v1/admin/staff", body.build().toString(), admin).expect(201);
        return api().login(username, "Staff-pass-12");
    }

    private String outlet(String admin) {
        String code = "HL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api().post("api/v1/admin/outlets", json("code", code, "name", "皇岗口岸服务点", "address", "深圳市福田区"), admin)
                .expect(201);
        return code;
    }

    @Test
    void aHolderListsWithdrawsAndCannotWithdrawADecidedApplication() {
        OnlineFlow flow = new OnlineFlow(deployment);
        String admin = api().adminToken();
        String reviewer = flow.reviewer(admin);
        OnlineFlow.Ready first = flow.submitted(residentId(1990), "2036-03-07");
        String token = first.token();

        JsonObject listed = ownApplications(token);
        assertEquals(1, listed.getInt("total"));
        JsonObject item = listed.getJsonArray("items").getJsonObject(0);
        assertEquals(first.applicationId(), item.getString("id"));
        assertEquals("SUBMITTED", item.getString("status"));
        assertEquals(first.cardNumber(), item.getString("cardNumber"));
        assertEquals("PENDING", cardOf(token, first.cardNumber()).getString("verificationStatus"));

        // someone else cannot withdraw it: not found, as for any application not theirs
        String stranger = Applicants.register(api(), Phone.fresh(), "Holder-pass-1");
        assertProblem(
                api().post("api/v1/applications/" + first.applicationId() + "/withdrawal", "", stranger)
                        .expect(404),
                404,
                "APPLICATION_NOT_FOUND");

        JsonObject withdrawn = api().post("api/v1/applications/" + first.applicationId() + "/withdrawal", "", token)
                .expect(200)
                .json();
        assertEquals("WITHDRAWN", withdrawn.getString("status"));
        assertEquals(
                0,
                ItDatabase.count(
                        "SELECT COUNT(*) FROM application_photo WHERE application_id = ?", first.applicationId()));
        assertEquals("UNVERIFIED", cardOf(token, first.cardNumber()).getString("verificationStatus"));
        // the review queue and its claims drop it
        assertFalse(api().get("api/v1/review/queue?size=100", reviewer)
                .expect(200)
                .body()
                .contains(first.applicationId()));
        assertProblem(
                api().post("api/v1/review/applications/" + first.applicationId() + "/claim", "", reviewer)
                        .expect(409),
                409,
                "APPLICATION_STATE_CONFLICT");
        // withdrawn once is final; a Hong Kong reader is told so in traditional Chinese
        Answer again = api().send(
                        "POST",
                        "api/v1/applications/" + first.applicationId() + "/withdrawal",
                        "",
                        "application/json",
                        token,
                        HONG_KONG);
        assertProblem(again.expect(409), 409, "APPLICATION_ALREADY_DECIDED");
        assertEquals("此申請已有結果或已撤回，不能再撤回。", again.json().getString("detail"));
        assertEquals("狀態衝突", again.json().getString("title"));

        // a new application for the card, approved by a reviewer, cannot be withdrawn
        String second = api().post("api/v1/applications", json("cardNumber", first.cardNumber()), token)
                .expect(201)
                .json()
                .getString("id");
        flow.uploadAll(token, second);
        api().send(
                        "PUT",
                        "api/v1/applications/" + second + "/identity",
                        OnlineFlow.identity(residentId(1990), "2036-03-07"),
                        "application/json",
                        token,
                        Map.of())
                .expect(200);
        api().post("api/v1/applications/" + second + "/submit", OnlineFlow.consent(), token)
                .expect(200);
        api().post("api/v1/review/applications/" + second + "/claim", "", reviewer)
                .expect(200);
        api().post("api/v1/review/applications/" + second + "/decision", json("decision", "APPROVE"), reviewer)
                .expect(200);
        assertProblem(
                api().post("api/v1/applications/" + second + "/withdrawal", "", token)
                        .expect(409),
                409,
                "APPLICATION_ALREADY_DECIDED");

        listed = ownApplications(token);
        assertEquals(2, listed.getInt("total"));
        assertEquals(second, listed.getJsonArray("items").getJsonObject(0).getString("id"), "newest first");
        assertEquals("APPROVED", listed.getJsonArray("items").getJsonObject(0).getString("status"));
        assertEquals("WITHDRAWN", listed.getJsonArray("items").getJsonObject(1).getString("status"));
        assertTrue(api().get("api/v1/admin/audit?action=APPLICATION_WITHDRAWN&objectId=" + first.applicationId(), admin)
                .expect(200)
                .body()
                .contains(first.applicationId()));
    }

    @Test
    void anOutletVerifiedHolderClaimsTheCardWithACodeSentToTheCounterPhoneAndMayReverifyLater() throws Exception {
        String admin = api().adminToken();
        String outletCode = outlet(admin);
        String clerk = staffAccount(admin, "OUTLET_STAFF", outletCode);
        Phone counterPhone = Phone.fresh();
        String number = residentId(1985);
        String card = OnlineFlow.cardNumber();
        JsonObject decided = api().post(
                        "api/v1/outlet/applications",
                        Json.createObjectBuilder()
                                .add(
                                        "holder",
                                        Json.createObjectBuilder()
                                                .add("name", "陳大文")
                                                .add(
                                                        "document",
                                                        Json.createObjectBuilder()
                                                                .add("documentType", "CN_RESIDENT_ID")
                                                                .add("documentNumber", number)
                                                                .add("issueDate", "2016-03-07")
                                                                .add("expiryDate", "2036-03-07")))
                                .add("cardNumber", card)
                                .add("contactPhone", counterPhone.spelled())
                                .add("originalSeen", true)
                                .add("faceMatch", true)
                                .build()
                                .toString(),
                        clerk)
                .expect(201)
                .json();
        assertEquals("APPROVED", decided.getString("status"), decided::toString);
        String outletApplication = decided.getString("id");

        // the holder opens the app with another number and reads traditional Chinese
        Phone appPhone = Phone.fresh();
        String holder = Applicants.register(api(), appPhone, "Holder-pass-1");
        assertEquals(
                "zh-Hant",
                api().send("PUT", "api/v1/me/language", json("language", "zh-HK"), "application/json", holder, Map.of())
                        .expect(200)
                        .json()
                        .getString("language"));
        assertEquals(
                "zh-Hant", api().get("api/v1/me", holder).expect(200).json().getString("language"));

        // asking for a code answers the same for the card and for a card nobody has; no phone in either answer
        Answer forCard = api().post("api/v1/cards/claims/codes", json("cardNumber", card), holder)
                .expect(202);
        Sms code = ItDatabase.lastSmsTo(counterPhone);
        assertEquals("CARD_CLAIM_CODE", code.template());
        assertTrue(code.text().contains("驗證碼") && code.text().contains(card.substring(card.length() - 4)), code.text());
        assertTrue(ItDatabase.smsTo(appPhone).stream()
                .noneMatch(sms -> sms.template().equals("CARD_CLAIM_CODE")));
        Answer forNothing = api().post("api/v1/cards/claims/codes", json("cardNumber", OnlineFlow.cardNumber()), holder)
                .expect(202);
        assertEquals(forCard.body(), forNothing.body());
        assertFalse(
                forCard.body().contains(counterPhone.masked()) || forCard.body().contains(counterPhone.digits()));

        // a document that is not the card's uses the code up
        String claimWithWrongDocument = json(
                "cardNumber",
                card,
                "documentType",
                "CN_RESIDENT_ID",
                "documentNumber",
                residentId(1986),
                "code",
                code.code());
        Answer wrongDocument = api().post("api/v1/cards/claims", claimWithWrongDocument, holder);
        assertProblem(wrongDocument.expect(422), 422, "CARD_CLAIM_FAILED");
        // no Accept-Language: the account's language answers
        assertTrue(wrongDocument.json().getString("detail").contains("證件資料"), wrongDocument.body());
        String rightDocument = "CN_RESIDENT_ID";
        assertProblem(
                api().post(
                                "api/v1/cards/claims",
                                json(
                                        "cardNumber",
                                        card,
                                        "documentType",
                                        rightDocument,
                                        "documentNumber",
                                        number,
                                        "code",
                                        code.code()),
                                holder)
                        .expect(422),
                422,
                "SMS_CODE_EXPIRED");

        Thread.sleep(COOLDOWN.toMillis());
        api().post("api/v1/cards/claims/codes", json("cardNumber", card), holder)
                .expect(202);
        Sms fresh = ItDatabase.lastSmsTo(counterPhone);
        String wrongCode = fresh.code().equals("000000") ? "111111" : "000000";
        assertProblem(
                api().post(
                                "api/v1/cards/claims",
                                json(
                                        "cardNumber",
                                        card,
                                        "documentType",
                                        rightDocument,
                                        "documentNumber",
                                        number,
                                        "code",
                                        wrongCode),
                                holder)
                        .expect(422),
                422,
                "SMS_CODE_INVALID");
        JsonObject claimed = api().post(
                        "api/v1/cards/claims",
                        json(
                                "cardNumber",
                                card,
                                "documentType",
                                rightDocument,
                                "documentNumber",
                                number,
                                "code",
                                fresh.code()),
                        holder)
                .expect(201)
                .json();
        assertEquals("VERIFIED", claimed.getString("verificationStatus"));
        assertEquals("VERIFIED", cardOf(holder, card).getString("verificationStatus"));
        JsonObject own = ownApplications(holder).getJsonArray("items").getJsonObject(0);
        assertEquals(outletApplication, own.getString("id"));
        assertEquals("OUTLET", own.getString("channel"));
        assertEquals("APPROVED", own.getString("status"));

        // another account cannot take it any more
        String other = Applicants.register(api(), Phone.fresh(), "Holder-pass-1");
        Thread.sleep(COOLDOWN.toMillis());
        api().post("api/v1/cards/claims/codes", json("cardNumber", card), other).expect(202);
        assertEquals(fresh.text(), ItDatabase.lastSmsTo(counterPhone).text(), "no code for a card already claimed");

        // re-verification online: not while the document runs long, yes within 30 days of its expiry
        assertProblem(
                api().post("api/v1/applications", json("cardNumber", card), holder)
                        .expect(409),
                409,
                "CARD_ALREADY_VERIFIED");
        ItDatabase.update(
                "UPDATE application_identity SET expiry_date = ? WHERE application_id = ?",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20),
                outletApplication);
        assertEquals(
                "DRAFT",
                api().post("api/v1/applications", json("cardNumber", card), holder)
                        .expect(201)
                        .json()
                        .getString("status"));
        assertTrue(api().get("api/v1/admin/audit?action=CARD_CLAIMED", admin)
                .expect(200)
                .body()
                .contains("****" + card.substring(card.length() - 4)));
    }

    @Test
    void customerServiceFindsAHolderByEachKeySeesTheFileAndEveryLookupIsAuditedWithWhy() throws InterruptedException {
        String admin = api().adminToken();
        String service = staffAccount(admin, "CUSTOMER_SERVICE", null);
        JsonObject me = api().get("api/v1/me", service).expect(200).json();
        assertEquals("CUSTOMER_SERVICE", me.getString("role"));
        String serviceId = me.getString("id");

        String number = residentId(1979);
        OnlineFlow.Ready holder = new OnlineFlow(deployment).submitted(number, "2036-03-07");
        String registrationCode = ItDatabase.smsTo(holder.phone()).get(0).code();

        // no reason, no lookup — and a Hong Kong reader is told in traditional Chinese
        Answer noReason = api().send(
                        "GET",
                        "api/v1/support/holders?phone=" + query(holder.phone().spelled()),
                        null,
                        null,
                        service,
                        HONG_KONG);
        assertProblem(noReason.expect(422), 422, "SUPPORT_REASON_REQUIRED");
        assertTrue(noReason.json().getString("detail").contains("查詢原因"), noReason.body());
        assertEquals("請求未通過校驗", noReason.json().getString("title"));

        Map<String, String> why = Map.of("X-Support-Reason", "ticket 8812 holder called");
        List<String> lookups = List.of(
                "api/v1/support/holders?phone=" + query(holder.phone().spelled()),
                "api/v1/support/holders?cardNumber=" + holder.cardNumber() + "&reason=ticket+8813",
                "api/v1/support/holders?documentType=CN_RESIDENT_ID&documentNumber=" + number);
        String accountId = null;
        for (String lookup : lookups) {
            // the header, or the query parameter when there is no header
            Map<String, String> headers = lookup.contains("&reason=")
                    ? Map.of()
                    : lookup.contains("documentType")
                            ? Map.of("X-Support-Reason", query("来电查询进度")) // Chinese, percent-encoded
                            : why;
            Answer found =
                    api().send("GET", lookup, null, null, service, headers).expect(200);
            JsonObject only = found.json().getJsonArray("holders").getJsonObject(0);
            assertEquals(1, found.json().getJsonArray("holders").size(), lookup);
            accountId = accountId == null ? only.getString("accountId") : accountId;
            assertEquals(accountId, only.getString("accountId"), lookup);
            assertEquals(holder.phone().masked(), only.getString("phoneMasked"));
            assertFalse(found.body().contains(holder.phone().digits()), lookup);
            assertFalse(found.body().contains(number), lookup);
            assertFalse(found.body().contains(holder.cardNumber()), "card numbers are masked in lookups");
        }
        assertEquals(
                0,
                api().send(
                                "GET",
                                "api/v1/support/holders?phone="
                                        + query(Phone.fresh().spelled()),
                                null,
                                null,
                                service,
                                why)
                        .expect(200)
                        .json()
                        .getJsonArray("holders")
                        .size());

        Answer file = api().get("api/v1/support/holders/" + accountId + "?reason=" + query("进度查询"), service)
                .expect(200);
        JsonObject view = file.json();
        assertEquals(
                holder.cardNumber(), view.getJsonArray("cards").getJsonObject(0).getString("cardNumber"));
        JsonObject application = view.getJsonArray("applications").getJsonObject(0);
        assertEquals(holder.applicationId(), application.getString("id"));
        assertEquals("SUBMITTED", application.getString("status"));
        assertEquals(
                number.substring(0, 4) + "**********" + number.substring(14), application.getString("maskedNumber"));
        JsonObject sms = view.getJsonArray("sms").getJsonObject(0);
        assertEquals("REGISTER_CODE", sms.getString("template"));
        assertTrue(sms.containsKey("status")
                && sms.getString("phoneMasked").equals(holder.phone().masked()));
        assertFalse(file.body().contains(registrationCode), "never the code");
        assertFalse(file.body().contains(number)
                || file.body().contains(holder.phone().digits()));

        Thread.sleep(COOLDOWN.toMillis());
        assertProblem(
                api().post("api/v1/support/holders/" + accountId + "/password-reset", "{}", service)
                        .expect(422),
                422,
                "SUPPORT_REASON_REQUIRED");
        api().post(
                        "api/v1/support/holders/" + accountId + "/password-reset",
                        json("reason", "forgot password"),
                        service)
                .expect(202);
        assertEquals("RESET_PASSWORD_CODE", ItDatabase.lastSmsTo(holder.phone()).template());

        // other roles are kept out
        assertProblem(
                api().send("GET", lookups.get(0), null, null, holder.token(), why)
                        .expect(403),
                403,
                "FORBIDDEN");
        assertProblem(
                api().send("GET", lookups.get(0), null, null, new OnlineFlow(deployment).reviewer(admin), why)
                        .expect(403),
                403,
                "FORBIDDEN");

        String lookupsAudited = api().get("api/v1/admin/audit?size=50&action=HOLDER_LOOKUP&actorId=" + serviceId, admin)
                .expect(200)
                .body();
        for (String expected : List.of(
                "by=phone key=" + holder.phone().masked(),
                "by=cardNumber",
                "by=document",
                "why=ticket 8812 holder called",
                "why=ticket 8813",
                "why=来电查询进度",
                "found=none")) {
            assertTrue(lookupsAudited.contains(expected), () -> expected + " not in " + lookupsAudited);
        }
        assertFalse(lookupsAudited.contains(number)
                || lookupsAudited.contains(holder.phone().digits()));
        String viewsAudited = api().get("api/v1/admin/audit?action=HOLDER_VIEWED&objectId=" + accountId, admin)
                .expect(200)
                .body();
        assertTrue(viewsAudited.contains("why=进度查询") && viewsAudited.contains(serviceId), viewsAudited);
        assertTrue(api().get("api/v1/admin/audit?action=PASSWORD_RESET_STARTED&objectId=" + accountId, admin)
                .expect(200)
                .body()
                .contains("why=forgot password"));
    }
}
