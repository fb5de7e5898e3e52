package com.crossborder.verification.shared.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A mobile number that can receive our SMS, in E.164: mainland China {@code +86 1[3-9]} and 9 more digits,
 * or Hong Kong {@code +852} and 8 digits starting 4–9. Personal data: shown only {@link #masked()}.
 */
public final class PhoneNumber {

    private static final Pattern MAINLAND = Pattern.compile("\\+861[3-9][0-9]{9}");
    private static final Pattern HONG_KONG = Pattern.compile("\\+852[4-9][0-9]{7}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final int MAX_INPUT = 40;

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /**
     * Accepts the usual spellings: spaces, dashes, brackets and dots anywhere, full-width digits, a
     * {@code +} or {@code 00} international prefix; a mainland number also without its country code.
     * A Hong Kong number needs its {@code 852}, since eight digits alone could be another place's number.
     */
    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT) {
            throw Rejection.onField("phone", Reason.PHONE_INVALID);
        }
        String compact = SEPARATORS
                .matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC))
                .replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        String candidate;
        if (compact.startsWith("+")) {
            candidate = compact;
        } else if (compact.length() == 11 && compact.startsWith("1")) {
            candidate = "+86" + compact;
        } else if (compact.startsWith("86") && compact.length() == 13
                || compact.startsWith("852") && compact.length() == 11) {
            candidate = "+" + compact;
        } else {
            throw Rejection.onField("phone", Reason.PHONE_INVALID);
        }
        if (!MAINLAND.matcher(candidate).matches()
                && !HONG_KONG.matcher(candidate).matches()) {
            throw Rejection.onField("phone", Reason.PHONE_INVALID);
        }
        return new PhoneNumber(candidate);
    }

    /** Rebuilds a number stored in E.164 form (trusted input, still checked). */
    public static PhoneNumber ofE164(String e164) {
        return parse(e164);
    }

    public String e164() {
        return e164;
    }

    /** The number as people write it locally, without country code: {@code 13812345678}, {@code 91234567}. */
    public String national() {
        return e164.startsWith("+86") ? e164.substring(3) : e164.substring(4);
    }

    /** For logs, audit and answers: {@code 138****5678}, {@code +852 9***4567}. */
    public String masked() {
        String national = national();
        if (e164.startsWith("+86")) {
            return national.substring(0, 3) + "****" + national.substring(7);
        }
        return "+852 " + national.charAt(0) + "***" + national.substring(4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber phone && phone.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    /** Masked, so that a number printed by accident is still not disclosed. */
    @Override
    public String toString() {
        return masked();
    }
}
