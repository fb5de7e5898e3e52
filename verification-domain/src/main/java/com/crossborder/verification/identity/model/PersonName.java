package com.crossborder.verification.identity.model;

/**
 * The rule for a holder's name as printed on a document: 1–64 characters of letters in any script
 * (including combining marks), spaces, the middle dot used in transcribed names (·), apostrophes,
 * hyphens and periods. No digits, no control or invisible formatting characters.
 */
public final class PersonName {

    public static final int MAX_LENGTH = 64;

    private PersonName() {}

    public static boolean isValid(String name) {
        if (name == null) {
            return false;
        }
        String trimmed = name.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        return trimmed.codePoints().allMatch(PersonName::allowed);
    }

    /** The name as staff and letters show it, the first character and a star for each further one: 张三 → 张*. */
    public static String masked(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return "*";
        }
        int first = trimmed.offsetByCodePoints(0, 1);
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, trimmed.codePointCount(first, trimmed.length())));
    }

    private static boolean allowed(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || c == ' '
                || c == '\u00B7'
                || c == '\u30FB'
                || c == '\''
                || c == '-'
                || c == '.';
    }
}
