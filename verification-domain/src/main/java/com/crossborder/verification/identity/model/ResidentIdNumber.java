package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An 18-character mainland resident identity number: 6-digit region, birth date YYYYMMDD, 3-digit sequence
 * and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
public final class ResidentIdNumber implements DocumentNumber {

    /** The sex the 17th digit gives: odd for men, even for women. */
    public enum Sex {
        MALE,
        FEMALE
    }

    private static final Pattern FORMAT = Pattern.compile("[0-9]{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
            62, 63, 64, 65, 71, 81, 82, 83);
    /** No living holder was born before this; earlier "dates" are typing errors. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final String number;
    private final LocalDate birthDate;

    private ResidentIdNumber(String number, LocalDate birthDate) {
        this.number = number;
        this.birthDate = birthDate;
    }

    public static ResidentIdNumber parse(String raw, LocalDate today) {
        String number = DocumentNumber.normalize(raw);
        if (!FORMAT.matcher(number).matches()) {
            throw Rejection.onField(FIELD, Reason.INVALID_FORMAT);
        }
        if (!PROVINCES.contains(Integer.parseInt(number.substring(0, 2)))) {
            throw Rejection.onField(FIELD, Reason.INVALID_REGION);
        }
        LocalDate birthDate = birthDate(number.substring(6, 14));
        if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
            throw Rejection.onField(FIELD, Reason.INVALID_BIRTH_DATE);
        }
        if (number.charAt(17) != checkCharacter(number)) {
            throw Rejection.onField(FIELD, Reason.INVALID_CHECK_CHARACTER);
        }
        return new ResidentIdNumber(number, birthDate);
    }

    /** The check character the first 17 digits call for. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String yyyymmdd) {
        try {
            return LocalDate.of(
                    Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.CN_RESIDENT_ID;
    }

    @Override
    public String normalized() {
        return number;
    }

    /** The first four and last four characters: {@code 4401**********123X}. */
    @Override
    public String masked() {
        return DocumentNumber.maskMiddle(number, 4);
    }

    @Override
    public String identityKey() {
        return number;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The six-digit administrative region of first registration. */
    public String regionCode() {
        return number.substring(0, 6);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && that.number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
