package com.crossborder.verification.web.security;

import java.security.KeyPair;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies MicroProfile JWT's verification key from the development key pair when nothing else does: its
 * ordinal is below every standard source, so a configured {@code mp.jwt.verify.publickey} always wins.
 */
public class DevelopmentKeyConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        // Listing the sources must not generate keys; values are produced only when asked for.
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        if (!PUBLIC_KEY.equals(propertyName)) {
            return null;
        }
        KeyPair keys = SigningKeys.development(SigningKeys.dataDirectoryFromEnvironment());
        return SigningKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    @Override
    public int getOrdinal() {
        return 10;
    }

    @Override
    public String getName() {
        return "verification-development-keys";
    }
}
