package com.crossborder.verification.web.security;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.web.platform.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues RS256 access tokens, each naming its signing key ({@code kid}), that MicroProfile JWT verifies on every request. */
@ApplicationScoped
public class TokenIssuer {

    /** A signed token and how long it lives. */
    public record IssuedToken(String token, Duration lifetime) {}

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "verification.jwt.lifetime", defaultValue = "PT1H")
    Duration lifetime;

    @Inject
    @ConfigProperty(name = "verification.jwt.private-key")
    Optional<String> configuredPrivateKey;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    String verificationKey;

    /**
     * The id of the signing key, written into each token's header as {@code kid}. To rotate, sign with a new key under
     * a new id and let {@code mp.jwt.verify.publickey} be a JWKS holding the old and the new public key by their ids.
     */
    @Inject
    @ConfigProperty(name = "verification.jwt.key-id", defaultValue = "1")
    String keyId;

    private PrivateKey signingKey;

    @PostConstruct
    void loadKeys() {
        if (configuredPrivateKey.isPresent()) {
            signingKey = SigningKeys.privateKey(configuredPrivateKey.get());
        } else {
            KeyPair development = SigningKeys.development(settings.dataDirectory());
            signingKey = development.getPrivate();
        }
        // Fail at start, not at the first login, when the two halves configured do not belong together.
        PublicKey publicKey = SigningKeys.verificationKey(verificationKey, keyId);
        byte[] probe = "key pair check".getBytes(StandardCharsets.US_ASCII);
        if (!verify(probe, sign(probe), publicKey)) {
            throw new IllegalStateException(
                    "verification.jwt.private-key does not match mp.jwt.verify.publickey: configure both or neither");
        }
    }

    /**
     * A token for the account, carrying its role in {@code groups}; the subject is the opaque account id. {@code now}
     * is the instant taken before the password was checked, and the account as read then (its token generation).
     */
    public IssuedToken issue(Account account, Instant now) {
        String header = Json.createObjectBuilder()
                .add("alg", "RS256")
                .add("typ", "JWT")
                .add("kid", keyId)
                .build()
                .toString();
        String claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", account.id().toString())
                .add("upn", account.id().toString())
                .add("groups", Json.createArrayBuilder().add(account.role().name()))
                .add("iat", now.getEpochSecond())
                .add(TokenRevocation.ISSUED_AT_MILLIS, now.toEpochMilli())
                .add(TokenRevocation.GENERATION, account.tokenGeneration())
                .add("auth_time", now.getEpochSecond())
                .add("exp", now.plus(lifetime).getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build()
                .toString();
        String signingInput = encode(header) + "." + encode(claims);
        String signature = URL.encodeToString(sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
        return new IssuedToken(signingInput + "." + signature, lifetime);
    }

    private byte[] sign(byte[] input) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signingKey);
            rsa.update(input);
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static boolean verify(byte[] input, byte[] signature, PublicKey key) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update(input);
            return rsa.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
