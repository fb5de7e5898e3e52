package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hong Kong identity card number: one or two letters, six digits and a check character (0–9 or A),
 * written with the check character in brackets: {@code A123456(3)}.
 */
public final class HongKongIdNumber implements DocumentNumber {

    private static final Pattern FORMAT = Pattern.compile("([A-Z]{1,2})([0-9]{6})(?:\\(([0-9A])\\)|([0-9A]))");
    private static final int[] WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};
    private static final int SPACE_VALUE = 36;

    private final String letters;
    private final String digits;
    private final char check;

    private HongKongIdNumber(String letters, String digits, char check) {
        this.letters = letters;
        this.digits = digits;
        this.check = check;
    }

    /** Accepts the check character with or without brackets. */
    public static HongKongIdNumber parse(String raw) {
        Matcher matcher = FORMAT.matcher(DocumentNumber.normalize(raw));
        if (!matcher.matches()) {
            throw Rejection.onField(FIELD, Reason.INVALID_FORMAT);
        }
        String letters = matcher.group(1);
        String digits = matcher.group(2);
        char check = (matcher.group(3) != null ? matcher.group(3) : matcher.group(4)).charAt(0);
        if (check != checkCharacter(letters, digits)) {
            throw Rejection.onField(FIELD, Reason.INVALID_CHECK_CHARACTER);
        }
        return new HongKongIdNumber(letters, digits, check);
    }

    /** A=10 … Z=35, a lone letter preceded by a space worth 36; weights 9..2; 0 for r=0, A for r=1, else 11−r. */
    static char checkCharacter(String letters, String digits) {
        int[] values = new int[8];
        values[0] = letters.length() == 2 ? letters.charAt(0) - 'A' + 10 : SPACE_VALUE;
        values[1] = letters.charAt(letters.length() - 1) - 'A' + 10;
        for (int i = 0; i < 6; i++) {
            values[i + 2] = digits.charAt(i) - '0';
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += values[i] * WEIGHTS[i];
        }
        int r = sum % 11;
        if (r == 0) {
            return '0';
        }
        return r == 1 ? 'A' : (char) ('0' + 11 - r);
    }

    @Override
    public DocumentType type() {
        return DocumentType.HK_ID;
    }

    @Override
    public String normalized() {
        return letters + digits + "(" + check + ")";
    }

    /**
     * The letters and the last digit, the check character starred too: {@code A*****6(*)}. Showing the check
     * character (as {@code A1****6(3)} did) left about 900 candidates for the four hidden digits, since it is computed
     * from them; now five digits are hidden and nothing constrains them (100,000 candidates).
     */
    @Override
    public String masked() {
        return letters + "*".repeat(digits.length() - 1) + digits.charAt(digits.length() - 1) + "(*)";
    }

    @Override
    public String identityKey() {
        return normalized();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HongKongIdNumber that && that.normalized().equals(normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
