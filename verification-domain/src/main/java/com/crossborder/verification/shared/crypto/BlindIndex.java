package com.crossborder.verification.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) of personal data, so that equal values can be found and compared without
 * storing them in clear: phone numbers, identity keys, one-time codes. Each use names its own purpose,
 * so an index of one kind never matches an index of another.
 */
public final class BlindIndex {

    private final SecretKeySpec key;

    public BlindIndex(SecretKeys keys) {
        this.key = new SecretKeySpec(keys.indexKey(), "HmacSHA256");
    }

    /** 64 hex characters, the same for the same purpose and value. */
    public String of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
