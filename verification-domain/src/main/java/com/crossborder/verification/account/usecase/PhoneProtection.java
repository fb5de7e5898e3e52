package com.crossborder.verification.account.usecase;

import com.crossborder.verification.account.model.SmsCode;
import com.crossborder.verification.shared.crypto.BlindIndex;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.model.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.UUID;

/** How phone numbers, logins, client addresses and codes are kept: encrypted or as keyed hashes, never in clear. */
@ApplicationScoped
public class PhoneProtection implements SmsCode.CodeHasher {

    private static final String PHONE_CONTEXT = "account.phone";

    @Inject
    FieldCipher cipher;

    @Inject
    BlindIndex index;

    public String index(PhoneNumber phone) {
        return index.of("phone", phone.e164());
    }

    public byte[] encrypt(PhoneNumber phone) {
        return cipher.encryptText(phone.e164(), PHONE_CONTEXT);
    }

    public PhoneNumber decrypt(byte[] stored) {
        return PhoneNumber.ofE164(cipher.decryptText(stored, PHONE_CONTEXT));
    }

    /** The key a login's failures are counted under: the same for every spelling of one number or username. */
    public String loginKey(String login) {
        return index.of("login", normalizedLogin(login));
    }

    /** The key of one login's failures from one source address (bucket). */
    public String loginSourceKey(String login, String sourceBucket) {
        return index.of("login-source", normalizedLogin(login) + "|" + sourceBucket);
    }

    /** The key of one source address's (bucket's) failures against any login. */
    public String sourceKey(String sourceBucket) {
        return index.of("login-client", sourceBucket == null ? "" : sourceBucket);
    }

    private static String normalizedLogin(String login) {
        try {
            return PhoneNumber.parse(login).e164();
        } catch (RuntimeException notAPhone) {
            return login.strip().toLowerCase(Locale.ROOT);
        }
    }

    public String clientKey(String clientAddress) {
        return index.of("client", clientAddress == null ? "" : clientAddress);
    }

    @Override
    public String hash(UUID codeId, String code) {
        return index.of("sms-code:" + codeId, code);
    }

    @Override
    public boolean matches(UUID codeId, String code, String hash) {
        return MessageDigest.isEqual(
                hash(codeId, code).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }
}
