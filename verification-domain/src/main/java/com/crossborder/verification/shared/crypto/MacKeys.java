package com.crossborder.verification.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that seal the audit chain (HMAC-SHA256), each under a key id that every sealed row names; one is current
 * for new rows, the others still verify older rows. Kept outside the database, so that someone who can write the
 * tables cannot recompute a row's seal.
 */
public final class MacKeys {

    private final Map<String, byte[]> keys;
    private final String currentKeyId;

    public MacKeys(Map<String, byte[]> keys, String currentKeyId) {
        Map<String, byte[]> copies = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!SecretKeys.isKeyId(id) || key == null || key.length < 32) {
                throw new IllegalArgumentException("an audit key has an id of 1 to 32 letters or digits and 32 bytes");
            }
            copies.put(id, key.clone());
        });
        if (!copies.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no audit key has the current key id " + currentKeyId);
        }
        this.keys = Collections.unmodifiableMap(copies);
        this.currentKeyId = currentKeyId;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public boolean has(String keyId) {
        return keys.containsKey(keyId);
    }

    /** 64 hex characters: HMAC-SHA256 of the text under the key with that id. */
    public String mac(String keyId, String text) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("no audit key with the id " + keyId);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
