package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a claimed document against every rule at once and collects all problems: the number (format,
 * region, birth date, check character), the name, the dates, expiry on the business date, and the
 * validity period against the holder's age. Used by the validation endpoint, online and outlet
 * applications, and the nightly screening alike.
 */
public final class DocumentCheck {

    private DocumentCheck() {}

    public static DocumentValidation validate(DocumentClaim claim, LocalDate today) {
        List<DocumentProblem> problems = new ArrayList<>();
        DocumentNumber number = null;
        try {
            number = DocumentNumber.parse(claim.type(), claim.number(), today);
        } catch (Rejection malformed) {
            problems.add(new DocumentProblem(DocumentNumber.FIELD, malformed.code()));
        }

        if (claim.name() != null && !PersonName.isValid(claim.name())) {
            problems.add(new DocumentProblem("name", Reason.NAME_INVALID));
        }

        LocalDate birthDate = checkBirthDate(claim, number, today, problems);
        LocalDate issueDate = claim.issueDate();
        boolean issueUsable = issueDate != null;
        if (issueDate != null && issueDate.isAfter(today)) {
            problems.add(new DocumentProblem("issueDate", Reason.VALIDITY_PERIOD_MISMATCH));
            issueUsable = false;
        } else if (issueDate != null && birthDate != null && issueDate.isBefore(birthDate)) {
            problems.add(new DocumentProblem("issueDate", Reason.VALIDITY_PERIOD_MISMATCH));
            issueUsable = false;
        }

        boolean longTerm = claim.claimsLongTerm();
        boolean periodCheckable = issueUsable;
        if (longTerm && claim.type() != DocumentType.CN_RESIDENT_ID) {
            problems.add(new DocumentProblem("longTerm", Reason.LONG_TERM_NOT_ALLOWED));
            longTerm = false;
        } else if (longTerm && claim.expiryDate() != null) {
            problems.add(new DocumentProblem("longTerm", Reason.EXPIRY_DATE_CONFLICT));
            periodCheckable = false;
        }

        // A Hong Kong identity card prints no expiry; a date sent for one is not a property of the card.
        LocalDate expiryDate = claim.type().expires() ? claim.expiryDate() : null;
        boolean expiryUsable = expiryDate != null;
        if (expiryDate != null && issueDate != null && !expiryDate.isAfter(issueDate)) {
            problems.add(new DocumentProblem("expiryDate", Reason.VALIDITY_PERIOD_MISMATCH));
            expiryUsable = false;
        }
        if (expiryDate != null && expiryDate.isBefore(today)) {
            problems.add(new DocumentProblem("expiryDate", Reason.DOCUMENT_EXPIRED));
        }

        if (periodCheckable
                && claim.type() == DocumentType.CN_RESIDENT_ID
                && birthDate != null
                && (expiryUsable || longTerm)) {
            ValidityPeriodMatchesAge.residentId(birthDate, issueDate, expiryDate, longTerm)
                    .ifPresent(problems::add);
        }
        if (periodCheckable && claim.type() == DocumentType.CN_EEP_HKMO && expiryUsable) {
            ValidityPeriodMatchesAge.exitEntryPermit(birthDate, issueDate, expiryDate)
                    .ifPresent(problems::add);
        }
        return new DocumentValidation(number, problems);
    }

    /** The holder's birth date as far as it can be trusted: from the resident ID number, else as claimed. */
    private static LocalDate checkBirthDate(
            DocumentClaim claim, DocumentNumber number, LocalDate today, List<DocumentProblem> problems) {
        LocalDate claimed = claim.birthDate();
        if (claimed != null && claimed.isAfter(today)) {
            problems.add(new DocumentProblem("birthDate", Reason.BIRTH_DATE_IN_FUTURE));
            claimed = null;
        }
        if (number instanceof ResidentIdNumber resident) {
            if (claimed != null && !claimed.equals(resident.birthDate())) {
                problems.add(new DocumentProblem("birthDate", Reason.VALIDITY_PERIOD_MISMATCH));
            }
            return resident.birthDate();
        }
        return claimed;
    }
}
