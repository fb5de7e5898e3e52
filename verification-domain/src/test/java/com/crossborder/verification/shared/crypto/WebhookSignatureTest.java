package com.crossborder.verification.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The test vector of the Standard Webhooks reference libraries. */
    @Test
    void matchesTheStandardWebhooksTestVector() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L,
                        "{\"test\": 2432232314}"));
    }

    @Test
    void aSecretIsThirtyTwoRandomBytesInBase64() {
        SecureRandom random = new SecureRandom();
        String secret = WebhookSignature.newSecret(random);
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret(random));
    }

    @Test
    void anyChangeToIdTimeOrBodyChangesTheSignature() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signed = WebhookSignature.sign(secret, "msg_1", 100, "{}");
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_2", 100, "{}"));
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_1", 101, "{}"));
        assertNotEquals(signed, WebhookSignature.sign(secret, "msg_1", 100, "{ }"));
    }
}
