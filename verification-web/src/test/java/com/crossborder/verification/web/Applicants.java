package com.crossborder.verification.web;

import com.crossborder.verification.identity.model.ResidentIdNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.LocalDate;

/** Card holders for the tests: fresh phone numbers and registered accounts, made through the API. */
public final class Applicants {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A mainland number as a person might type it, and its masked form. */
    public record Phone(String spelled, String masked) {
        public static Phone fresh() {
            String national = "137" + String.format("%08d", RANDOM.nextInt(100_000_000));
            return new Phone(
                    national.substring(0, 3) + " " + national.substring(3, 7) + "-" + national.substring(7),
                    national.substring(0, 3) + "****" + national.substring(7));
        }

        public String digits() {
            return spelled.replace(" ", "").replace("-", "");
        }
    }

    private Applicants() {}

    /** A fresh, valid resident ID number for someone born on {@code birth}. */
    public static String residentId(LocalDate birth) {
        String base = "110105" + birth.toString().replace("-", "") + String.format("%03d", RANDOM.nextInt(1000));
        return base + ResidentIdNumber.checkCharacter(base);
    }

    /** Registers the number with a code read from the outbox and logs in; returns the access token. */
    public static String register(Api api, Phone phone, String password) {
        api.post("api/v1/auth/sms-codes", json("phone", phone.spelled(), "purpose", "REGISTER"), null)
                .expect(202);
        api.post(
                        "api/v1/accounts",
                        json(
                                "phone",
                                phone.spelled(),
                                "password",
                                password,
                                "code",
                                ItDatabase.lastSmsTo(phone).code()),
                        null)
                .expect(201);
        return api.login(phone.spelled(), password);
    }

    /** A staff member's own document, required whenever a staff account is made: a fresh resident ID. */
    public static JsonObject staffDocument() {
        return Json.createObjectBuilder()
                .add("documentType", "CN_RESIDENT_ID")
                .add("documentNumber", residentId(LocalDate.of(1985, 3, 14)))
                .build();
    }

    public static String json(String... pairs) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            builder.add(pairs[i], pairs[i + 1]);
        }
        return builder.build().toString();
    }
}
