package com.crossborder.verification.web;

import static com.crossborder.verification.web.WalkingSkeletonIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.infrastructure.TestImages;
import com.crossborder.verification.web.Api.Answer;
import com.crossborder.verification.web.Applicants.Phone;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In-person verification at an outlet over HTTP, as staff at the counter use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutletVerificationIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private String admin;
    private String outlet;
    private String staff;
    private String staffNumber;
    private String otherOutletStaff;

    private Api api() {
        return new Api(deployment);
    }

    private static JsonObjectBuilder residentDocument(String number, LocalDate issue, int years) {
        return Json.createObjectBuilder()
                .add("documentType", "CN_RESIDENT_ID")
                .add("documentNumber", number)
                .add("issueDate", issue.toString())
                .add("expiryDate", issue.plusYears(years).toString());
    }

    private static String cardNumber() {
        return String.format("%06d%06d", RANDOM.nextInt(1_000_000), RANDOM.nextInt(1_000_000));
    }

    private String newOutlet() {
        String code = "OT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        api().post(
                        "api/v1/admin/outlets",
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "罗湖口岸服务点")
                                .add("address", "深圳市罗湖区")
                                .build()
                                .toString(),
                        admin)
                .expect(201);
        return code;
    }

    private String newStaff(String outletCode, String ownNumber) {
        String username = "desk" + UUID.randomUUID().toString().substring(0, 8);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("username", username)
                .add("password", "Counter-pass-1")
                .add("role", "OUTLET_STAFF")
                .add("outletCode", outletCode);
        if (ownNumber != null) {
            body.add(
                    "document",
                    Json.createObjectBuilder()
                            .add("documentType", "CN_RESIDENT_ID")
                            .add("documentNumber", ownNumber));
        } else {
            body.add("document", Applicants.staffDocument());
        }
        api().post("api/v1/admin/staff", body.build().toString(), admin).expect(201);
        return api().login(username, "Counter-pass-1");
    }

    @BeforeEach
    void outletWithStaff() {
        admin = api().adminToken();
        outlet = newOutlet();
        staffNumber = Applicants.residentId(LocalDate.of(1988, 6, 1));
        staff = newStaff(outlet, staffNumber);
        otherOutletStaff = newStaff(newOutlet(), null);
    }

    private JsonObjectBuilder form(String name, JsonObjectBuilder document, String card, Phone phone) {
        return Json.createObjectBuilder()
                .add("holder", Json.createObjectBuilder().add("name", name).add("document", document))
                .add("cardNumber", card)
                .add("contactPhone", phone.spelled())
                .add("originalSeen", true)
                .add("faceMatch", true);
    }

    private Answer apply(JsonObjectBuilder form, String token) {
        return api().post("api/v1/outlet/applications", form.build().toString(), token);
    }

    private String scan(byte[] content, String type) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(deployment + "api/v1/outlet/scans"))
                                .header("Authorization", "Bearer " + staff)
                                .header("Content-Type", type)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getString("scanId");
    }

    private static byte[] powerOfAttorneyPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Power of attorney"));
        document.close();
        return out.toByteArray();
    }

    private JsonObjectBuilder agent(
            String relationship, JsonObjectBuilder document, String scanId, LocalDate validUntil) {
        return Json.createObjectBuilder()
                .add("name", "王五")
                .add("document", document)
                .add("relationship", relationship)
                .add(
                        "powerOfAttorney",
                        Json.createObjectBuilder().add("scanId", scanId).add("validUntil", validUntil.toString()));
    }

    @Test
    void anAdultIsApprovedOnTheSpotGetsALetterAndAnSmsAndTheLetterCanBeChecked() throws Exception {
        Phone phone = Phone.fresh();
        String number = Applicants.residentId(LocalDate.of(1990, 3, 7));
        String card = cardNumber();
        JsonObject decided = apply(
                        form("张三", residentDocument(number, LocalDate.of(2016, 3, 7), 20), card, phone), staff)
                .expect(201)
                .json();
        assertEquals("APPROVED", decided.getString("status"), decided::toString);
        String reference = decided.getString("reference");
        assertEquals("APPLICATION_APPROVED", ItDatabase.lastSmsTo(phone).template());

        HttpResponse<byte[]> letter = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(deployment + "api/v1/outlet/applications/"
                                        + decided.getString("id") + "/letter"))
                                .header("Authorization", "Bearer " + staff)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, letter.statusCode());
        assertTrue(letter.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        PdfReader reader = new PdfReader(letter.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertEquals(1, reader.getNumberOfPages());
        reader.close();
        String masked = number.substring(0, 4) + "**********" + number.substring(14);
        assertTrue(text.contains("实名认证确认函") && text.contains(masked) && text.contains(reference), text);
        assertFalse(text.contains(number));

        JsonObject check =
                api().get("api/v1/letters/" + reference, null).expect(200).json();
        assertEquals("APPROVED", check.getString("outcome"));
        assertEquals(masked, check.getString("maskedNumber"));
        assertEquals("张*", check.getString("holderName"));
        assertFalse(check.toString().contains(number) || check.toString().contains(card));
        assertProblem(api().get("api/v1/letters/ZG00000000-XXXXXX", null).expect(404), 404, "LETTER_NOT_FOUND");

        JsonObject report =
                api().get("api/v1/outlet/reports/daily", staff).expect(200).json();
        assertTrue(report.getJsonObject("byOutcome").getInt("APPROVED") >= 1);
    }

    @Test
    void anAgentWithAPowerOfAttorneyAndAMinorWithAGuardianAreApproved() throws Exception {
        String poa = scan(powerOfAttorneyPdf(), "application/pdf");
        JsonObjectBuilder agentDocument = Json.createObjectBuilder()
                .add("documentType", "CN_EEP_HKMO")
                .add("documentNumber", "C" + String.format("%08d", RANDOM.nextInt(100_000_000)))
                .add("expiryDate", "2030-01-01");
        JsonObject byAgent = apply(
                        form(
                                        "李四",
                                        residentDocument(
                                                Applicants.residentId(LocalDate.of(1985, 1, 1)),
                                                LocalDate.of(2015, 1, 1),
                                                20),
                                        cardNumber(),
                                        Phone.fresh())
                                .add(
                                        "agent",
                                        agent(
                                                "SPOUSE",
                                                agentDocument,
                                                poa,
                                                LocalDate.now().plusMonths(1))),
                        staff)
                .expect(201)
                .json();
        assertEquals("APPROVED", byAgent.getString("status"), byAgent::toString);

        LocalDate birth = LocalDate.now().minusYears(12);
        JsonObjectBuilder child = residentDocument(Applicants.residentId(birth), birth.plusYears(10), 5);
        JsonObject alone = apply(form("小明", child, cardNumber(), Phone.fresh()), staff)
                .expect(201)
                .json();
        assertEquals("REJECTED", alone.getString("status"));
        assertTrue(alone.toString().contains("MINOR_NEEDS_GUARDIAN"));
        JsonObjectBuilder parent = Json.createObjectBuilder()
                .add("documentType", "CN_RESIDENT_ID")
                .add("documentNumber", Applicants.residentId(LocalDate.of(1980, 5, 5)))
                .add("expiryDate", "2040-01-01");
        JsonObject withParent = apply(
                        form(
                                        "小明",
                                        residentDocument(Applicants.residentId(birth), birth.plusYears(10), 5),
                                        cardNumber(),
                                        Phone.fresh())
                                .add(
                                        "agent",
                                        agent(
                                                "PARENT",
                                                parent,
                                                scan(TestImages.png(TestImages.card(1280, 800)), "image/png"),
                                                LocalDate.now().plusDays(1))),
                        staff)
                .expect(201)
                .json();
        assertEquals("APPROVED", withParent.getString("status"), withParent::toString);
    }

    @Test
    void refusalsCarryTheirReasons() throws Exception {
        JsonObject expired = apply(
                        form(
                                "赵六",
                                residentDocument(
                                        Applicants.residentId(LocalDate.of(1970, 1, 1)), LocalDate.of(2000, 1, 1), 20),
                                cardNumber(),
                                Phone.fresh()),
                        staff)
                .expect(201)
                .json();
        assertEquals("REJECTED", expired.getString("status"));
        assertEquals(
                "DOCUMENT_EXPIRED",
                expired.getJsonArray("reasons").getJsonObject(0).getString("code"));

        String poa = scan(powerOfAttorneyPdf(), "application/pdf");
        JsonObjectBuilder expiredAgent = Json.createObjectBuilder()
                .add("documentType", "CN_EEP_HKMO")
                .add("documentNumber", "C" + String.format("%08d", RANDOM.nextInt(100_000_000)))
                .add("expiryDate", "2020-01-01");
        JsonObject agentExpired = apply(
                        form(
                                        "钱七",
                                        residentDocument(
                                                Applicants.residentId(LocalDate.of(1985, 1, 1)),
                                                LocalDate.of(2015, 1, 1),
                                                20),
                                        cardNumber(),
                                        Phone.fresh())
                                .add(
                                        "agent",
                                        agent(
                                                "RELATIVE",
                                                expiredAgent,
                                                poa,
                                                LocalDate.now().plusDays(5))),
                        staff)
                .expect(201)
                .json();
        assertTrue(agentExpired.toString().contains("AGENT_DOCUMENT_EXPIRED"), agentExpired::toString);

        String number = Applicants.residentId(LocalDate.of(1991, 2, 2));
        apply(form("孙八", residentDocument(number, LocalDate.of(2017, 2, 2), 20), cardNumber(), Phone.fresh()), staff)
                .expect(201);
        JsonObject conflict = apply(
                        form("周九", residentDocument(number, LocalDate.of(2017, 2, 2), 20), cardNumber(), Phone.fresh()),
                        staff)
                .expect(201)
                .json();
        assertEquals("REJECTED", conflict.getString("status"));
        assertTrue(conflict.toString().contains("NAME_CONFLICT"), conflict::toString);

        for (int card = 2; card <= 5; card++) {
            assertEquals(
                    "APPROVED",
                    apply(
                                    form(
                                            "孙八",
                                            residentDocument(number, LocalDate.of(2017, 2, 2), 20),
                                            cardNumber(),
                                            Phone.fresh()),
                                    staff)
                            .expect(201)
                            .json()
                            .getString("status"));
        }
        JsonObject sixth = apply(
                        form("孙八", residentDocument(number, LocalDate.of(2017, 2, 2), 20), cardNumber(), Phone.fresh()),
                        staff)
                .expect(201)
                .json();
        assertTrue(sixth.toString().contains("CARDS_PER_IDENTITY_LIMIT"), sixth::toString);

        assertProblem(
                apply(
                                form(
                                        "员工",
                                        Json.createObjectBuilder()
                                                .add("documentType", "CN_RESIDENT_ID")
                                                .add("documentNumber", staffNumber)
                                                .add("issueDate", "2014-06-01")
                                                .add("expiryDate", "2034-06-01"),
                                        cardNumber(),
                                        Phone.fresh()),
                                staff)
                        .expect(403),
                403,
                "SELF_PROCESSING_FORBIDDEN");
        JsonObject faceFailed = apply(
                        form(
                                        "吴十",
                                        residentDocument(
                                                Applicants.residentId(LocalDate.of(1992, 3, 3)),
                                                LocalDate.of(2018, 3, 3),
                                                20),
                                        cardNumber(),
                                        Phone.fresh())
                                .add("faceMatch", false),
                        staff)
                .expect(201)
                .json();
        assertTrue(faceFailed.toString().contains("FACE_MISMATCH"));
        assertProblem(
                apply(
                                form(
                                        "郑一",
                                        Json.createObjectBuilder()
                                                .add("documentType", "CN_RESIDENT_ID")
                                                .add("documentNumber", "110105199001010000"),
                                        cardNumber(),
                                        Phone.fresh()),
                                staff)
                        .expect(422),
                422,
                "INVALID_CHECK_CHARACTER");
        JsonObject noExpiry = assertProblem(
                apply(
                                form(
                                        "郑一",
                                        Json.createObjectBuilder()
                                                .add("documentType", "CN_RESIDENT_ID")
                                                .add("documentNumber", Applicants.residentId(LocalDate.of(1990, 1, 1))),
                                        cardNumber(),
                                        Phone.fresh()),
                                staff)
                        .expect(422),
                422,
                "FIELD_REQUIRED");
        assertEquals(
                "holder.document.expiryDate",
                noExpiry.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aReferralLandsInTheReviewQueueItsDecisionReachesTheHolderAndOtherRolesAndOutletsAreKeptOut() {
        Phone holder = Phone.fresh();
        JsonObject referred = apply(
                        form(
                                        "冯二",
                                        residentDocument(
                                                Applicants.residentId(LocalDate.of(1993, 4, 4)),
                                                LocalDate.of(2019, 4, 4),
                                                20),
                                        cardNumber(),
                                        holder)
                                .add("referToBackOffice", true),
                        staff)
                .expect(201)
                .json();
        assertEquals("REFERRED", referred.getString("status"));
        assertEquals("APPLICATION_REFERRED", ItDatabase.lastSmsTo(holder).template());
        String reviewerName = "rev" + UUID.randomUUID().toString().substring(0, 8);
        api().post(
                        "api/v1/admin/staff",
                        Json.createObjectBuilder()
                                .add("username", reviewerName)
                                .add("password", "Reviewer-pass-1")
                                .add("role", "REVIEWER")
                                .add("document", Applicants.staffDocument())
                                .build()
                                .toString(),
                        admin)
                .expect(201);
        String reviewer = api().login(reviewerName, "Reviewer-pass-1");
        assertTrue(api().get("api/v1/review/queue?size=100", reviewer)
                .expect(200)
                .body()
                .contains(referred.getString("id")));

        String id = referred.getString("id");
        api().post("api/v1/review/applications/" + id + "/claim", "", reviewer).expect(200);
        api().post(
                        "api/v1/review/applications/" + id + "/decision",
                        "{\"decision\":\"REJECT\",\"reasonCode\":\"DOCUMENT_NOT_GENUINE\",\"comment\":\"证件照片页有涂改痕迹\"}",
                        reviewer)
                .expect(200);
        ItDatabase.Sms told = ItDatabase.lastSmsTo(holder);
        assertEquals(
                "APPLICATION_REJECTED", told.template(), "the holder of a referred case hears the reviewer's decision");
        assertTrue(told.text().contains("证件无法核验为真实有效"), told::text);
        assertFalse(told.text().contains("涂改"), "the comment is for staff only");

        String letterPath = "api/v1/outlet/applications/" + referred.getString("id") + "/letter";
        assertProblem(api().get(letterPath, otherOutletStaff).expect(404), 404, "APPLICATION_NOT_FOUND");
        assertProblem(api().get(letterPath, reviewer).expect(403), 403, "FORBIDDEN");
        String applicant = Applicants.register(api(), Phone.fresh(), "Holder-pass-1");
        assertProblem(
                apply(
                                form(
                                        "冯二",
                                        residentDocument(
                                                Applicants.residentId(LocalDate.of(1993, 4, 4)),
                                                LocalDate.of(2019, 4, 4),
                                                20),
                                        cardNumber(),
                                        Phone.fresh()),
                                applicant)
                        .expect(403),
                403,
                "FORBIDDEN");
        assertProblem(
                api().post("api/v1/admin/outlets", "{\"code\":\"X1\",\"name\":\"n\",\"address\":\"a\"}", staff)
                        .expect(403),
                403,
                "FORBIDDEN");
    }

    @Test
    void theReviewerHoldingTheClaimReadsWhatTheCounterRecordedAndItsScansEachViewAudited() throws Exception {
        byte[] livePhoto = TestImages.png(TestImages.card(1280, 800));
        String livePhotoId = scan(livePhoto, "image/png");
        byte[] letterOfAttorney = powerOfAttorneyPdf();
        String powerOfAttorney = scan(letterOfAttorney, "application/pdf");
        Phone holder = Phone.fresh();
        String agentNumber = "C" + String.format("%08d", RANDOM.nextInt(100_000_000));
        JsonObject referred = apply(
                        form(
                                        "冯三",
                                        residentDocument(
                                                Applicants.residentId(LocalDate.of(1991, 6, 6)),
                                                LocalDate.of(2017, 6, 6),
                                                20),
                                        cardNumber(),
                                        holder)
                                .add("livePhotoScanId", livePhotoId)
                                .add("referToBackOffice", true)
                                .add(
                                        "agent",
                                        agent(
                                                "SPOUSE",
                                                Json.createObjectBuilder()
                                                        .add("documentType", "CN_EEP_HKMO")
                                                        .add("documentNumber", agentNumber)
                                                        .add("expiryDate", "2031-01-01"),
                                                powerOfAttorney,
                                                LocalDate.now().plusMonths(1))),
                        staff)
                .expect(201)
                .json();
        String id = referred.getString("id");
        String reviewer = reviewer();
        String otherReviewer = reviewer();
        String record = "api/v1/review/applications/" + id + "/counter-record";

        assertProblem(api().get(record, reviewer).expect(403), 403, "NOT_CLAIMED");
        api().post("api/v1/review/applications/" + id + "/claim", "", reviewer).expect(200);
        assertTrue(api().get("api/v1/review/queue?size=100", reviewer).body().contains("\"channel\":\"OUTLET\""));
        assertEquals(
                "OUTLET",
                api().get("api/v1/applications/" + id, reviewer)
                        .expect(200)
                        .json()
                        .getJsonObject("staff")
                        .getString("channel"));
        JsonObject visit = api().get(record, reviewer).expect(200).json();
        assertEquals(referred.getString("reference"), visit.getString("reference"));
        assertEquals(outlet, visit.getString("outletCode"));
        assertEquals("罗湖口岸服务点", visit.getString("outletName"));
        assertEquals("REFERRED", visit.getString("outcome"));
        assertEquals(
                "REFERRED_BY_STAFF",
                visit.getJsonArray("reasons").getJsonObject(0).getString("code"));
        assertEquals("冯*", visit.getString("holderNameMasked"));
        assertEquals(holder.masked(), visit.getString("contactPhoneMasked"));
        assertTrue(visit.getBoolean("originalSeen") && visit.getBoolean("faceMatch"));
        JsonObject agent = visit.getJsonObject("agent");
        assertEquals("SPOUSE", agent.getString("relationship"));
        assertFalse(visit.toString().contains(agentNumber), "the agent's number only masked");
        assertEquals(LocalDate.now().plusMonths(1).toString(), agent.getString("powerOfAttorneyValidUntil"));
        List<JsonObject> scans = visit.getJsonArray("scans").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("LIVE_PHOTO", "POWER_OF_ATTORNEY"),
                scans.stream().map(scan -> scan.getString("kind")).toList());
        assertEquals("application/pdf", scans.get(1).getString("mediaType"));

        HttpResponse<byte[]> pdf = scanContent(id, scans.get(1).getString("id"), reviewer);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(Arrays.equals(letterOfAttorney, pdf.body()), "the scan comes back as it was taken");
        HttpResponse<byte[]> photo = scanContent(id, scans.get(0).getString("id"), reviewer);
        assertEquals(1280, ImageIO.read(new ByteArrayInputStream(photo.body())).getWidth());
        assertTrue(
                api().get("api/v1/applications/" + id, reviewer).body().contains("SCAN_VIEWED"),
                "every view of a scan is in the case's history");

        assertEquals(
                403,
                scanContent(id, scans.get(0).getString("id"), otherReviewer).statusCode());
        assertProblem(api().get(record, otherReviewer).expect(403), 403, "NOT_CLAIMED");
        assertEquals(
                404, scanContent(id, UUID.randomUUID().toString(), reviewer).statusCode());
        assertEquals(404, scanContent(id, "not-a-scan", reviewer).statusCode());
        String strayScan = scan(TestImages.png(TestImages.card(1280, 800)), "image/png");
        assertEquals(404, scanContent(id, strayScan, reviewer).statusCode(), "only the scans of this visit");
        assertProblem(api().get(record, staff).expect(403), 403, "FORBIDDEN");
    }

    private String reviewer() {
        String username = "rev" + UUID.randomUUID().toString().substring(0, 8);
        api().post(
                        "api/v1/admin/staff",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", "Reviewer-pass-1")
                                .add("role", "REVIEWER")
                                .add("document", Applicants.staffDocument())
                                .build()
                                .toString(),
                        admin)
                .expect(201);
        return api().login(username, "Reviewer-pass-1");
    }

    private HttpResponse<byte[]> scanContent(String applicationId, String scanId, String token) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(deployment + "api/v1/review/applications/" + applicationId
                                        + "/scans/" + scanId))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
