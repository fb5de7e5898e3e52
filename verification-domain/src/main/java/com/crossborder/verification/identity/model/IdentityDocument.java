package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A document that passed every rule on the day it was presented: holder's name, number and dates. */
public final class IdentityDocument {

    private final DocumentNumber number;
    private final String name;
    private final LocalDate birthDate;
    private final LocalDate issueDate;
    private final LocalDate expiryDate;
    private final boolean longTerm;

    private IdentityDocument(
            DocumentNumber number,
            String name,
            LocalDate birthDate,
            LocalDate issueDate,
            LocalDate expiryDate,
            boolean longTerm) {
        this.number = number;
        this.name = name;
        this.birthDate = birthDate;
        this.issueDate = issueDate;
        this.expiryDate = expiryDate;
        this.longTerm = longTerm;
    }

    /** The document as claimed, valid today, or a rejection carrying every problem (the first one's code as the headline). */
    public static IdentityDocument present(DocumentClaim claim, LocalDate today) {
        return of(claim, DocumentCheck.validate(claim, today).problems(), today);
    }

    /**
     * The document as claimed when it is well-formed, even if it has expired: for decisions that record an
     * expired document as the reason for refusing it. Check {@link #isExpiredOn} afterwards.
     */
    public static IdentityDocument read(DocumentClaim claim, LocalDate today) {
        List<DocumentProblem> problems = DocumentCheck.validate(claim, today).problems().stream()
                .filter(problem -> problem.code() != Reason.DOCUMENT_EXPIRED)
                .toList();
        return of(claim, problems, today);
    }

    private static IdentityDocument of(DocumentClaim claim, List<DocumentProblem> problems, LocalDate today) {
        DocumentValidation validation = DocumentCheck.validate(claim, today);
        if (!problems.isEmpty()) {
            throw Rejection.ruleViolated(
                    problems.get(0).code(),
                    problems.stream()
                            .map(problem -> new Rejection.FieldProblem(problem.field(), problem.code()))
                            .toList());
        }
        if (claim.name() == null) {
            throw Rejection.onField("name", Reason.FIELD_REQUIRED);
        }
        // A document is verified only when it is known to be valid: its end date (or 长期) must be stated.
        if (claim.type().expires() && claim.expiryDate() == null && !claim.claimsLongTerm()) {
            throw Rejection.onField("expiryDate", Reason.FIELD_REQUIRED);
        }
        LocalDate birthDate =
                validation.number() instanceof ResidentIdNumber resident ? resident.birthDate() : claim.birthDate();
        return new IdentityDocument(
                validation.number(),
                claim.name().strip(),
                birthDate,
                claim.issueDate(),
                claim.type().expires() ? claim.expiryDate() : null,
                claim.claimsLongTerm());
    }

    /** Expired when the expiry date lies before {@code date}; long-term documents and HK identity cards never expire. */
    public boolean isExpiredOn(LocalDate date) {
        return !longTerm && expiryDate != null && expiryDate.isBefore(date);
    }

    public DocumentType type() {
        return number.type();
    }

    public DocumentNumber number() {
        return number;
    }

    public String name() {
        return name;
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<LocalDate> issueDate() {
        return Optional.ofNullable(issueDate);
    }

    public Optional<LocalDate> expiryDate() {
        return Optional.ofNullable(expiryDate);
    }

    public boolean longTerm() {
        return longTerm;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityDocument that
                && that.number.equals(number)
                && that.name.equals(name)
                && Objects.equals(that.expiryDate, expiryDate)
                && that.longTerm == longTerm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, name, expiryDate, longTerm);
    }

    @Override
    public String toString() {
        return number.type() + " " + number.masked();
    }
}
