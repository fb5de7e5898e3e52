package com.crossborder.verification.web.identity;

import com.crossborder.verification.identity.model.DocumentClaim;
import com.crossborder.verification.identity.model.DocumentProblem;
import com.crossborder.verification.identity.model.DocumentType;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A document as clients send it (dates as YYYY-MM-DD text), shared by validation, online and outlet requests. */
public class DocumentInput {

    @NotBlank @Size(max = 40) public String documentType;

    @NotBlank @Size(max = 200) public String documentNumber;

    @Size(max = 200) public String name;

    @Size(max = 40) public String birthDate;

    @Size(max = 40) public String issueDate;

    @Size(max = 40) public String expiryDate;

    public Boolean longTerm;

    /** The claim to check, with dates that could not be read collected in {@code unreadable} (and left out). */
    public DocumentClaim claim(List<DocumentProblem> unreadable) {
        DocumentType type = DocumentType.fromCode(documentType)
                .orElseThrow(() -> Rejection.onField("documentType", Reason.DOCUMENT_TYPE_UNKNOWN));
        return new DocumentClaim(
                type,
                documentNumber,
                name,
                date("birthDate", birthDate, unreadable),
                date("issueDate", issueDate, unreadable),
                date("expiryDate", expiryDate, unreadable),
                longTerm);
    }

    /** The claim, refused with 422 INVALID_DATE when a date cannot be read. */
    public DocumentClaim claim() {
        List<DocumentProblem> unreadable = new ArrayList<>();
        DocumentClaim claim = claim(unreadable);
        if (!unreadable.isEmpty()) {
            throw Rejection.ruleViolated(
                    Reason.INVALID_DATE,
                    unreadable.stream()
                            .map(problem -> new Rejection.FieldProblem(problem.field(), problem.code()))
                            .toList());
        }
        return claim;
    }

    private static LocalDate date(String field, String value, List<DocumentProblem> unreadable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            unreadable.add(new DocumentProblem(field, Reason.INVALID_DATE));
            return null;
        }
    }
}
