package com.crossborder.verification.web;

import static com.crossborder.verification.web.Applicants.json;

import com.crossborder.verification.application.infrastructure.TestImages;
import com.crossborder.verification.web.Api.Answer;
import com.crossborder.verification.web.Applicants.Phone;
import jakarta.json.Json;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

/** The online application steps, through the API, for tests that need applications in a given state. */
final class OnlineFlow {

    static final BufferedImage CARD = TestImages.card(1280, 800);
    /** A real face photo (Grace Hopper's official portrait, public domain): the FACE upload must show one face. */
    static final BufferedImage FACE = TestImages.portrait();

    private static final SecureRandom RANDOM = new SecureRandom();

    /** An applicant with a card and a DRAFT application carrying three good photos and a valid identity. */
    record Ready(Phone phone, String token, String cardNumber, String applicationId) {}

    private final URL deployment;
    private final Api api;

    OnlineFlow(URL deployment) {
        this.deployment = deployment;
        this.api = new Api(deployment);
    }

    /** A random 12-digit card number whose last digit is its Luhn check digit, as the operator's card file has them. */
    static String cardNumber() {
        return withCheckDigit(String.format("%05d%06d", RANDOM.nextInt(100_000), RANDOM.nextInt(1_000_000)));
    }

    /** The digits followed by their Luhn check digit. */
    static String withCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** A resident ID card issued at 26 to someone born 1990-03-07, valid twenty years. */
    static String identity(String number, String expiryDate) {
        return json(
                "name",
                "张三",
                "documentType",
                "CN_RESIDENT_ID",
                "documentNumber",
                number,
                "issueDate",
                "2016-03-07",
                "expiryDate",
                expiryDate);
    }

    static String consent() {
        return "{\"consent\":{\"version\":\"2026-01\",\"accepted\":true}}";
    }

    Answer upload(String token, String applicationId, String kind, byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(deployment + "api/v1/applications/" + applicationId + "/photos/" + kind))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The three photos: the card front and back, and a real face for FACE. */
    void uploadAll(String token, String applicationId) {
        upload(token, applicationId, "ID_FRONT", TestImages.jpeg(CARD), "image/jpeg")
                .expect(200);
        upload(token, applicationId, "ID_BACK", TestImages.jpeg(CARD), "image/jpeg")
                .expect(200);
        upload(token, applicationId, "FACE", TestImages.jpeg(FACE), "image/jpeg")
                .expect(200);
    }

    Ready readyToSubmit(String documentNumber, String expiryDate) {
        Phone phone = Phone.fresh();
        String token = Applicants.register(api, phone, "Holder-pass-1");
        String card = cardNumber();
        api.post("api/v1/cards", ItRecords.registeredCard(card), token).expect(201);
        String id = api.post("api/v1/applications", json("cardNumber", card), token)
                .expect(201)
                .json()
                .getString("id");
        uploadAll(token, id);
        api.send(
                        "PUT",
                        "api/v1/applications/" + id + "/identity",
                        identity(documentNumber, expiryDate),
                        "application/json",
                        token,
                        Map.of())
                .expect(200);
        return new Ready(phone, token, card, id);
    }

    Ready submitted(String documentNumber, String expiryDate) {
        Ready ready = readyToSubmit(documentNumber, expiryDate);
        api.post("api/v1/applications/" + ready.applicationId() + "/submit", consent(), ready.token())
                .expect(200);
        return ready;
    }

    String reviewer(String admin) {
        String username = "rev" + UUID.randomUUID().toString().substring(0, 8);
        api.post(
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
        return api.login(username, "Reviewer-pass-1");
    }
}
