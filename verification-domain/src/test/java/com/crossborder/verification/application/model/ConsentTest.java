package com.crossborder.verification.application.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void consentExistsOnlyWhenTheApplicantSaidYes() {
        for (Boolean answer : new Boolean[] {false, null}) {
            Rejection refused = assertThrows(Rejection.class, () -> Consent.given("2026-01", answer, NOW, "10.0.0.1"));
            assertEquals(Reason.CONSENT_REQUIRED, refused.code());
            assertEquals("consent", refused.problems().get(0).field());
        }
        Consent given = Consent.given("2026-01", true, NOW, "10.0.0.1");
        assertEquals("2026-01", given.version());
        assertEquals(NOW, given.givenAt());
    }

    @Test
    void consentNamesTheVersionOfTheTextThatWasAccepted() {
        for (String version : new String[] {null, "", "   ", "x".repeat(33)}) {
            assertEquals(
                    Reason.CONSENT_REQUIRED,
                    assertThrows(Rejection.class, () -> Consent.given(version, true, NOW, "10.0.0.1"))
                            .code());
        }
        assertEquals(
                "x".repeat(32), Consent.given("x".repeat(32), true, NOW, null).version());
    }

    @Test
    void anUnknownClientAddressIsKeptAsEmptyNotNull() {
        assertEquals("", Consent.given("2026-01", true, NOW, null).clientAddress());
    }
}
