package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A document's validity period must fit the holder's age when it was issued.
 * <ul>
 *   <li>Resident ID: under 16 five years, 16–25 ten, 26–45 twenty, 46 and over long-term; the expiry date is
 *       the issue date plus those years.</li>
 *   <li>往来港澳通行证: five years, or ten when the holder was 16 or over. Cards print the day before the
 *       anniversary as well as the anniversary itself, so both are accepted.</li>
 * </ul>
 */
public final class ValidityPeriodMatchesAge {

    private ValidityPeriodMatchesAge() {}

    /** Full years of age on the issue date. */
    public static int ageAtIssue(LocalDate birthDate, LocalDate issueDate) {
        return Period.between(birthDate, issueDate).getYears();
    }

    /** The resident ID's validity in years for a holder of this age at issue; empty for long-term. */
    public static Optional<Integer> residentIdYears(int ageAtIssue) {
        if (ageAtIssue < 16) {
            return Optional.of(5);
        }
        if (ageAtIssue <= 25) {
            return Optional.of(10);
        }
        if (ageAtIssue <= 45) {
            return Optional.of(20);
        }
        return Optional.empty();
    }

    /** A problem when the resident ID's expiry (or long-term) contradicts the age at issue. */
    public static Optional<DocumentProblem> residentId(
            LocalDate birthDate, LocalDate issueDate, LocalDate expiryDate, boolean longTerm) {
        Optional<Integer> years = residentIdYears(ageAtIssue(birthDate, issueDate));
        if (longTerm) {
            return years.isEmpty() ? Optional.empty() : mismatch("longTerm");
        }
        if (expiryDate == null) {
            return Optional.empty();
        }
        if (years.isEmpty()) {
            // 46 or over at issue: the card is long-term, a printed end date cannot be right.
            return mismatch("expiryDate");
        }
        return expiryDate.equals(issueDate.plusYears(years.get())) ? Optional.empty() : mismatch("expiryDate");
    }

    /** A problem when the permit's period is neither five nor (for a holder of 16 or over) ten years. */
    public static Optional<DocumentProblem> exitEntryPermit(
            LocalDate birthDate, LocalDate issueDate, LocalDate expiryDate) {
        if (expiryDate == null) {
            return Optional.empty();
        }
        boolean tenYearsAllowed = birthDate == null || ageAtIssue(birthDate, issueDate) >= 16;
        if (lasts(issueDate, expiryDate, 5) || tenYearsAllowed && lasts(issueDate, expiryDate, 10)) {
            return Optional.empty();
        }
        return mismatch("expiryDate");
    }

    private static boolean lasts(LocalDate issueDate, LocalDate expiryDate, int years) {
        LocalDate anniversary = issueDate.plusYears(years);
        return expiryDate.equals(anniversary) || expiryDate.equals(anniversary.minusDays(1));
    }

    private static Optional<DocumentProblem> mismatch(String field) {
        return Optional.of(new DocumentProblem(field, Reason.VALIDITY_PERIOD_MISMATCH));
    }
}
