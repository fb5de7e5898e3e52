package com.crossborder.verification.web;

import static com.crossborder.verification.web.Applicants.json;
import static com.crossborder.verification.web.WalkingSkeletonIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.infrastructure.TestImages;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.web.Api.Answer;
import com.crossborder.verification.web.Applicants.Phone;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The online verification over HTTP, from card to verified card, with the back office in between. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnlineVerificationIT {

    private static final BufferedImage CARD = OnlineFlow.CARD;
    private static final BufferedImage FACE = OnlineFlow.FACE;
    /** Born 1990-03-07; a card issued at 26 runs twenty years. */
    private static final String RESIDENT_ID = "440106199003071231";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL deployment;

    private Api api() {
        return new Api(deployment);
    }

    private OnlineFlow flow() {
        return new OnlineFlow(deployment);
    }

    private static String cardNumber() {
        return OnlineFlow.cardNumber();
    }

    private Answer upload(String token, String applicationId, String kind, byte[] body, String contentType) {
        return flow().upload(token, applicationId, kind, body, contentType);
    }

    private String identity() {
        return OnlineFlow.identity(RESIDENT_ID, "2036-03-07");
    }

    private String consent() {
        return OnlineFlow.consent();
    }

    private String reviewer(String admin) {
        return flow().reviewer(admin);
    }

    private OnlineFlow.Ready readyToSubmit() {
        return flow().readyToSubmit(RESIDENT_ID, "2036-03-07");
    }

    @Test
    void aHolderIsVerifiedOnlineAfterOneReuploadRound() throws Exception {
        Phone phone = Phone.fresh();
        String token = Applicants.register(api(), phone, "Holder-pass-1");
        String card = cardNumber();
        JsonObject bound = api().post("api/v1/cards", ItRecords.registeredCard(card), token)
                .expect(201)
                .json();
        assertEquals("UNVERIFIED", bound.getString("verificationStatus"));

        JsonObject draft = api().post("api/v1/applications", json("cardNumber", card), token)
                .expect(201)
                .json();
        assertEquals("DRAFT", draft.getString("status"));
        String id = draft.getString("id");
        assertProblem(
                api().post("api/v1/applications", json("cardNumber", card), token)
                        .expect(409),
                409,
                "APPLICATION_ALREADY_OPEN");

        assertProblem(
                upload(token, id, "ID_FRONT", TestImages.jpeg(TestImages.blurred(CARD, 4, 3)), "image/jpeg")
                        .expect(422),
                422,
                "PHOTO_BLURRED");
        JsonObject accepted = upload(token, id, "ID_FRONT", TestImages.jpeg(CARD), "image/jpeg")
                .expect(200)
                .json();
        assertTrue(accepted.getBoolean("accepted"));
        upload(token, id, "ID_BACK", TestImages.png(CARD), "image/jpeg").expect(200);
        assertProblem(
                api().post("api/v1/applications/" + id + "/submit", consent(), token)
                        .expect(422),
                422,
                "PHOTOS_MISSING");
        // the FACE photo must show a face: a picture of the card is refused, a real portrait accepted
        assertProblem(
                upload(token, id, "FACE", TestImages.jpeg(CARD), "image/jpeg").expect(422), 422, "PHOTO_NO_FACE");
        JsonObject face = upload(token, id, "FACE", TestImages.jpeg(FACE), "image/jpeg")
                .expect(200)
                .json();
        assertEquals(1, face.getJsonObject("checks").getInt("faces"));

        JsonObject declared = api().send(
                        "PUT",
                        "api/v1/applications/" + id + "/identity",
                        identity(),
                        "application/json",
                        token,
                        Map.of())
                .expect(200)
                .json();
        assertEquals("4401**********1231", declared.getString("maskedNumber"));
        assertFalse(declared.toString().contains(RESIDENT_ID));
        assertProblem(
                api().post(
                                "api/v1/applications/" + id + "/submit",
                                "{\"consent\":{\"version\":\"2026-01\",\"accepted\":false}}",
                                token)
                        .expect(422),
                422,
                "CONSENT_REQUIRED");

        JsonObject submitted = api().post("api/v1/applications/" + id + "/submit", consent(), token)
                .expect(200)
                .json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertTrue(submitted.containsKey("slaDeadline"));
        assertEquals(
                "PENDING",
                api().get("api/v1/cards", token)
                        .expect(200)
                        .jsonValue()
                        .asJsonArray()
                        .getJsonObject(0)
                        .getString("verificationStatus"));
        assertProblem(
                api().post("api/v1/applications/" + id + "/submit", consent(), token)
                        .expect(409),
                409,
                "APPLICATION_STATE_CONFLICT");

        String admin = api().adminToken();
        String reviewer = reviewer(admin);
        String otherReviewer = reviewer(admin);
        assertTrue(api().get("api/v1/review/queue?size=100", reviewer)
                .expect(200)
                .body()
                .contains(id));
        api().post("api/v1/review/applications/" + id + "/claim", "", reviewer).expect(200);
        assertProblem(
                api().post("api/v1/review/applications/" + id + "/claim", "", otherReviewer)
                        .expect(409),
                409,
                "ALREADY_CLAIMED");
        api().post(
                        "api/v1/review/applications/" + id + "/decision",
                        "{\"decision\":\"REQUEST_REUPLOAD\",\"photos\":[\"FACE\"],\"comment\":\"面部反光，背景有他人\"}",
                        reviewer)
                .expect(200);

        JsonObject waiting =
                api().get("api/v1/applications/" + id, token).expect(200).json();
        assertTrue(waiting.getJsonArray("comments").isEmpty(), "a reviewer's comment is never shown to the holder");
        assertFalse(waiting.toString().contains("面部反光"));
        JsonObject staffView =
                api().get("api/v1/applications/" + id, reviewer).expect(200).json();
        assertEquals(
                "面部反光，背景有他人",
                staffView.getJsonArray("comments").getJsonObject(0).getString("text"));
        assertEquals(
                "REQUEST_REUPLOAD",
                staffView.getJsonArray("comments").getJsonObject(0).getString("decision"));
        assertProblem(
                api().post(
                                "api/v1/review/applications/" + id + "/decision",
                                "{\"decision\":\"REJECT\",\"reasonCode\":\"PHONE_INVALID\"}",
                                reviewer)
                        .expect(422),
                422,
                "DECISION_REASON_INVALID");
        assertEquals("REUPLOAD_REQUESTED", waiting.getString("status"));
        assertEquals("FACE", waiting.getJsonArray("requestedPhotos").getString(0));
        assertEquals("REUPLOAD_REQUESTED", ItDatabase.lastSmsTo(phone).template());
        assertProblem(
                upload(token, id, "ID_FRONT", TestImages.jpeg(CARD), "image/jpeg")
                        .expect(409),
                409,
                "APPLICATION_STATE_CONFLICT");
        upload(token, id, "FACE", TestImages.jpeg(FACE), "image/jpeg").expect(200);
        api().post("api/v1/applications/" + id + "/submit", consent(), token).expect(200);

        api().post("api/v1/review/applications/" + id + "/claim", "", otherReviewer)
                .expect(200);
        HttpResponse<byte[]> photo = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(deployment + "api/v1/review/applications/" + id + "/photos/FACE"))
                                .header("Authorization", "Bearer " + otherReviewer)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, photo.statusCode());
        assertEquals(
                FACE.getWidth(),
                ImageIO.read(new ByteArrayInputStream(photo.body())).getWidth());
        assertProblem(
                api().get("api/v1/review/applications/" + id + "/photos/FACE", reviewer)
                        .expect(403),
                403,
                "NOT_CLAIMED");
        api().post("api/v1/review/applications/" + id + "/decision", "{\"decision\":\"APPROVE\"}", otherReviewer)
                .expect(200);

        JsonObject approved =
                api().get("api/v1/applications/" + id, token).expect(200).json();
        assertEquals("APPROVED", approved.getString("status"));
        assertTrue(approved.getJsonArray("history").toString().contains("PHOTO_VIEWED"));
        assertEquals(
                "VERIFIED",
                api().get("api/v1/cards", token)
                        .expect(200)
                        .jsonValue()
                        .asJsonArray()
                        .getJsonObject(0)
                        .getString("verificationStatus"));
        assertEquals("APPLICATION_APPROVED", ItDatabase.lastSmsTo(phone).template());
        assertNoPlaintextDocumentNumber();
    }

    @Test
    void reviewersReadTheQueueAndTheCaseWithClaimsDeadlinesAndScreeningInWords() {
        String admin = api().adminToken();
        String reviewer = reviewer(admin);
        String otherReviewer = reviewer(admin);
        String number = Applicants.residentId(LocalDate.of(1990, 3, 7));
        OnlineFlow.Ready application = flow().submitted(number, "2036-03-07");
        String id = application.applicationId();
        // Far past its deadline, so it is first in the queue whatever else waits.
        ItRecords.deadlinePassedHoursAgo(id, 24 * 400);

        JsonObject item = queueItem(reviewer, id);
        assertTrue(item.getBoolean("overdue"), item::toString);
        assertFalse(item.containsKey("escalatedAt"), item::toString);
        assertFalse(item.containsKey("claimedUntil"), item::toString);
        assertFalse(item.getBoolean("claimedByMe"));
        assertEquals("ONLINE", item.getString("channel"));
        assertEquals(number.substring(0, 4) + "**********" + number.substring(14), item.getString("maskedNumber"));
        assertEquals(0, item.getJsonArray("screeningResults").size(), item::toString);

        api().post("api/v1/review/applications/" + id + "/claim", "", reviewer).expect(200);
        JsonObject mine = queueItem(reviewer, id);
        JsonObject theirs = queueItem(otherReviewer, id);
        assertTrue(mine.getBoolean("claimedByMe"));
        assertFalse(theirs.getBoolean("claimedByMe"));
        assertEquals(mine.getString("claimedUntil"), theirs.getString("claimedUntil"));
        Instant until = Instant.parse(mine.getString("claimedUntil"));
        assertTrue(until.isAfter(Instant.now().plusSeconds(25 * 60))
                && until.isBefore(Instant.now().plusSeconds(31 * 60)));

        JsonObject staff = api().get("api/v1/applications/" + id, reviewer)
                .expect(200)
                .json()
                .getJsonObject("staff");
        assertEquals("张*", staff.getString("nameMasked"));
        assertEquals("2036-03-07", staff.getString("expiryDate"));
        assertFalse(staff.getBoolean("longTerm"));
        assertTrue(staff.getBoolean("overdue"));
        assertTrue(staff.getBoolean("claimedByMe"));
        assertEquals("ONLINE", staff.getString("channel"));
        assertFalse(api().get("api/v1/applications/" + id, otherReviewer)
                .expect(200)
                .json()
                .getJsonObject("staff")
                .getBoolean("claimedByMe"));
        assertFalse(
                api().get("api/v1/applications/" + id, application.token())
                        .expect(200)
                        .json()
                        .containsKey("staff"),
                "the holder never sees the staff part");

        // A duplicate shows up as a screening result, in the caller's language.
        String duplicate = ItRecords.duplicateSubmittedLater(id);
        ItRecords.deadlinePassedHoursAgo(duplicate, 24 * 399);
        JsonObject flagged = api().get("api/v1/applications/" + duplicate, reviewer)
                .expect(200)
                .json()
                .getJsonObject("staff")
                .getJsonArray("screeningResults")
                .getJsonObject(0);
        assertEquals("DUPLICATE_APPLICATION", flagged.getString("code"));
        assertEquals(Reason.DUPLICATE_APPLICATION.message(Locale.SIMPLIFIED_CHINESE), flagged.getString("message"));
        JsonObject english = api()
                .send("GET", "api/v1/review/queue?size=100", null, null, reviewer, Map.of("Accept-Language", "en"))
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(entry -> entry.getString("id").equals(duplicate))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Reason.DUPLICATE_APPLICATION.message(Locale.ENGLISH),
                english.getJsonArray("screeningResults").getJsonObject(0).getString("message"));
    }

    @Test
    void theReasonsAReviewerMayChooseComeInTheirOrderWithTheirTexts() {
        String reviewer = reviewer(api().adminToken());
        List<JsonObject> reasons = api().get("api/v1/review/reasons", reviewer)
                .expect(200)
                .jsonValue()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(
                Reason.reviewerChoices().stream().map(Enum::name).toList(),
                reasons.stream().map(reason -> reason.getString("code")).toList());
        assertEquals(
                Reason.PHOTO_UNCLEAR.message(Locale.SIMPLIFIED_CHINESE),
                reasons.get(0).getString("message"));
        assertTrue(reasons.get(0).getBoolean("retryable"));
        assertEquals(
                Reason.PHOTO_UNCLEAR.message(Locale.ENGLISH),
                api().send("GET", "api/v1/review/reasons", null, null, reviewer, Map.of("Accept-Language", "en"))
                        .expect(200)
                        .jsonValue()
                        .asJsonArray()
                        .getJsonObject(0)
                        .getString("message"));
        Phone phone = Phone.fresh();
        assertProblem(
                api().get("api/v1/review/reasons", Applicants.register(api(), phone, "Holder-pass-1"))
                        .expect(403),
                403,
                "FORBIDDEN");
    }

    private JsonObject queueItem(String reviewer, String applicationId) {
        return api()
                .get("api/v1/review/queue?size=100", reviewer)
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(entry -> entry.getString("id").equals(applicationId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(applicationId + " is not in the first page of the queue"));
    }

    @Test
    void nobodyReachesAnotherApplicantsCardsOrApplications() {
        OnlineFlow.Ready victim = readyToSubmit();
        String intruder = Applicants.register(api(), Phone.fresh(), "Intruder-pass-1");
        String id = victim.applicationId();
        assertProblem(api().get("api/v1/applications/" + id, intruder).expect(404), 404, "APPLICATION_NOT_FOUND");
        assertProblem(
                upload(intruder, id, "FACE", TestImages.jpeg(FACE), "image/jpeg")
                        .expect(404),
                404,
                "APPLICATION_NOT_FOUND");
        assertProblem(
                api().send(
                                "PUT",
                                "api/v1/applications/" + id + "/identity",
                                identity(),
                                "application/json",
                                intruder,
                                Map.of())
                        .expect(404),
                404,
                "APPLICATION_NOT_FOUND");
        assertProblem(
                api().post("api/v1/applications/" + id + "/submit", consent(), intruder)
                        .expect(404),
                404,
                "APPLICATION_NOT_FOUND");
        assertProblem(
                api().post("api/v1/applications", json("cardNumber", victim.cardNumber()), intruder)
                        .expect(404),
                404,
                "CARD_NOT_FOUND");
        Answer taken = api().post("api/v1/cards", ItRecords.registeredCard(victim.cardNumber()), intruder)
                .expect(409);
        assertProblem(taken, 409, "CARD_UNAVAILABLE");
        assertFalse(api().get("api/v1/cards", intruder).expect(200).body().contains(victim.cardNumber()));
        // applicants have no business in the back office, and reviewers none in the applicant's steps
        assertProblem(api().get("api/v1/review/queue", intruder).expect(403), 403, "FORBIDDEN");
        assertProblem(
                api().post("api/v1/review/applications/" + id + "/claim", "", intruder)
                        .expect(403),
                403,
                "FORBIDDEN");
        String reviewer = reviewer(api().adminToken());
        assertProblem(
                api().post("api/v1/applications/" + id + "/submit", consent(), reviewer)
                        .expect(403),
                403,
                "FORBIDDEN");
        assertProblem(
                api().post("api/v1/review/applications/" + id + "/decision", "{\"decision\":\"APPROVE\"}", reviewer)
                        .expect(409),
                409,
                "APPLICATION_STATE_CONFLICT");
        assertProblem(
                api().get("api/v1/applications/" + UUID.randomUUID(), victim.token())
                        .expect(404),
                404,
                "APPLICATION_NOT_FOUND");
        assertProblem(
                api().get("api/v1/applications/not-an-id", victim.token()).expect(404), 404, "APPLICATION_NOT_FOUND");
    }

    @Test
    void badUploadsAreRefusedWithTheirOwnCodes() {
        OnlineFlow.Ready ready = readyToSubmit();
        String token = ready.token();
        String id = ready.applicationId();
        assertProblem(upload(token, id, "FACE", new byte[0], "image/jpeg").expect(422), 422, "PHOTO_NOT_AN_IMAGE");
        assertProblem(
                upload(token, id, "FACE", "not a picture".getBytes(), "image/png")
                        .expect(422),
                422,
                "PHOTO_NOT_AN_IMAGE");
        assertProblem(
                upload(token, id, "FACE", TestImages.jpeg(TestImages.scaleBrightness(CARD, 0.2, 0)), "image/jpeg")
                        .expect(422),
                422,
                "PHOTO_TOO_DARK");
        assertProblem(
                upload(token, id, "FACE", TestImages.pngClaiming(100_000, 100_000), "image/png")
                        .expect(422),
                422,
                "PHOTO_DIMENSIONS_TOO_LARGE");
        byte[] huge = new byte[6 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        assertProblem(upload(token, id, "FACE", huge, "image/jpeg").expect(413), 413, "PHOTO_TOO_LARGE");
        assertProblem(
                upload(token, id, "PASSPORT", TestImages.jpeg(CARD), "image/jpeg")
                        .expect(404),
                404,
                "NOT_FOUND");
        assertEquals(
                415,
                upload(token, id, "FACE", TestImages.jpeg(CARD), "text/plain").status());
    }

    @Test
    void anExpiredOrMalformedDocumentIsRefusedAtDeclaration() {
        OnlineFlow.Ready ready = readyToSubmit();
        Answer expired = api().send(
                        "PUT",
                        "api/v1/applications/" + ready.applicationId() + "/identity",
                        json(
                                "name",
                                "李四",
                                "documentType",
                                "CN_EEP_HKMO",
                                "documentNumber",
                                "C12345678",
                                "expiryDate",
                                "2020-01-01"),
                        "application/json",
                        ready.token(),
                        Map.of())
                .expect(422);
        assertProblem(expired, 422, "DOCUMENT_EXPIRED");
        Answer malformed = api().send(
                        "PUT",
                        "api/v1/applications/" + ready.applicationId() + "/identity",
                        json("name", "李四", "documentType", "CN_RESIDENT_ID", "documentNumber", "440106199003071232"),
                        "application/json",
                        ready.token(),
                        Map.of())
                .expect(422);
        assertEquals(
                "INVALID_CHECK_CHARACTER",
                malformed.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertNotEquals(-1, malformed.json().getJsonArray("errors").toString().indexOf("documentNumber"));
    }

    @Test
    void theFacePhotoMustShowExactlyOneFaceLargeEnoughAndCentred() {
        OnlineFlow.Ready ready = readyToSubmit();
        String token = ready.token();
        String id = ready.applicationId();
        Answer wall = upload(
                        token,
                        id,
                        "FACE",
                        TestImages.jpeg(TestImages.scaled(TestImages.photo("brick.png"), 800, 800)),
                        "image/jpeg")
                .expect(422);
        assertProblem(wall, 422, "PHOTO_NO_FACE");
        assertTrue(wall.json().getString("detail").contains("正对镜头"), wall::body);
        Answer two = upload(token, id, "FACE", TestImages.jpeg(TestImages.twoPeople()), "image/jpeg")
                .expect(422);
        assertProblem(two, 422, "PHOTO_MULTIPLE_FACES");
        assertTrue(two.json().getString("detail").contains("只有您本人"), two::body);
        BufferedImage brick = TestImages.photo("brick.png");
        BufferedImage grace = TestImages.photo("grace_hopper.jpg");
        assertProblem(
                upload(
                                token,
                                id,
                                "FACE",
                                TestImages.jpeg(TestImages.placed(grace, brick, 1224, 1632, 0.3, 0.35, 0.3)),
                                "image/jpeg")
                        .expect(422),
                422,
                "PHOTO_FACE_TOO_SMALL");
        assertProblem(
                upload(
                                token,
                                id,
                                "FACE",
                                TestImages.jpeg(TestImages.placed(grace, brick, 1632, 1224, 0.9, -0.15, 0.05)),
                                "image/jpeg")
                        .expect(422),
                422,
                "PHOTO_FACE_NOT_CENTRED");
        Answer english = api().send(
                        "PUT",
                        "api/v1/applications/" + id + "/photos/FACE",
                        null,
                        "image/jpeg",
                        token,
                        Map.of("Accept-Language", "en"))
                .expect(422);
        assertEquals("PHOTO_NOT_AN_IMAGE", english.json().getString("code"));
        assertTrue(english.json().getString("detail").startsWith("The file is not a photo"), english::body);
        // the earlier accepted portrait is still the one on record: a refused upload replaces nothing
        assertEquals(3, ItRecords.photosKept(id));
        api().post("api/v1/applications/" + id + "/submit", consent(), token).expect(200);
    }

    @Test
    void aCleanPhotoOfAPaleCardIsAcceptedAsAnIdPhoto() {
        OnlineFlow.Ready ready = readyToSubmit();
        JsonObject accepted = upload(
                        ready.token(),
                        ready.applicationId(),
                        "ID_FRONT",
                        TestImages.jpeg(TestImages.paleCard(1280, 800)),
                        "image/jpeg")
                .expect(200)
                .json();
        JsonObject checks = accepted.getJsonObject("checks");
        assertTrue(checks.getInt("brightness") > 215, checks::toString);
        assertEquals(0, checks.getJsonNumber("highlightsClipped").doubleValue());
        assertFalse(checks.containsKey("faces"), "an ID photo is not searched for faces");
    }

    @Test
    void aMinorIsSentToAnOutletWithAGuardianAndTheirPhotosAreDeletedAtOnce() {
        Phone phone = Phone.fresh();
        String token = Applicants.register(api(), phone, "Holder-pass-1");
        String card = cardNumber();
        api().post("api/v1/cards", ItRecords.registeredCard(card), token).expect(201);
        String id = api().post("api/v1/applications", json("cardNumber", card), token)
                .expect(201)
                .json()
                .getString("id");
        flow().uploadAll(token, id);
        assertEquals(3, ItRecords.photosKept(id));
        // sixteen today, with a resident ID issued at fourteen (five years' validity under sixteen)
        LocalDate birth = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(16);
        String minor = Applicants.residentId(birth);
        Answer refused = api().send(
                        "PUT",
                        "api/v1/applications/" + id + "/identity",
                        json(
                                "name",
                                "李小明",
                                "documentType",
                                "CN_RESIDENT_ID",
                                "documentNumber",
                                minor,
                                "issueDate",
                                birth.plusYears(14).toString(),
                                "expiryDate",
                                birth.plusYears(19).toString()),
                        "application/json",
                        token,
                        Map.of())
                .expect(422);
        assertProblem(refused, 422, "MINOR_ONLINE_NOT_ALLOWED");
        assertTrue(refused.json().getString("detail").contains("监护人"), refused::body);
        assertTrue(refused.json().getString("detail").contains("网点"), refused::body);
        assertEquals(0, ItRecords.photosKept(id), "the minor's photos are gone");
        assertProblem(
                api().post("api/v1/applications/" + id + "/submit", consent(), token)
                        .expect(422),
                422,
                "PHOTOS_MISSING");
        String admin = api().adminToken();
        JsonObject audit = api().get("api/v1/admin/audit?objectId=" + id + "&action=PHOTOS_DELETED", admin)
                .expect(200)
                .json();
        assertEquals(1, audit.getJsonNumber("total").longValue(), audit::toString);
        assertFalse(audit.toString().contains(minor), "no document number in the audit trail");
    }

    @Test
    void aDocumentWithoutTheBirthDateInItsNumberNeedsTheBirthDateDeclared() {
        OnlineFlow.Ready ready = readyToSubmit();
        Answer missing = api().send(
                        "PUT",
                        "api/v1/applications/" + ready.applicationId() + "/identity",
                        json(
                                "name",
                                "李四",
                                "documentType",
                                "CN_EEP_HKMO",
                                "documentNumber",
                                "C12345678",
                                "expiryDate",
                                "2030-01-01"),
                        "application/json",
                        ready.token(),
                        Map.of())
                .expect(422);
        assertEquals(
                "birthDate",
                missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(3, ItRecords.photosKept(ready.applicationId()), "an adult's photos stay");
    }

    private static void assertNoPlaintextDocumentNumber() {
        for (String[] stored : ItRecords.storedDocumentNumbers()) {
            assertFalse(stored[0].contains(RESIDENT_ID), "a document number is stored in clear");
            assertFalse(stored[1].contains("19900307"), "a mask shows the birth date");
        }
    }
}
