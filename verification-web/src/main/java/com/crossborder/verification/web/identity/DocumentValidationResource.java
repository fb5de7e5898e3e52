package com.crossborder.verification.web.identity;

import com.crossborder.verification.identity.model.DocumentCheck;
import com.crossborder.verification.identity.model.DocumentClaim;
import com.crossborder.verification.identity.model.DocumentProblem;
import com.crossborder.verification.identity.model.DocumentType;
import com.crossborder.verification.identity.model.DocumentValidation;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.ReasonCode;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.api.ProblemResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Checks an identity document against the rules without storing anything. */
@Path("/v1/documents/validation")
@RequestScoped
@PermitAll
public class DocumentValidationResource {

    /** What the client wants checked; only type and number are required. Dates are YYYY-MM-DD. */
    public static class ValidationRequest {
        @NotBlank
        @Size(max = 40)
        public String documentType;

        @NotBlank
        @Size(max = 200)
        public String documentNumber;

        @Size(max = 200)
        public String name;

        @Size(max = 40)
        public String birthDate;

        @Size(max = 40)
        public String issueDate;

        @Size(max = 40)
        public String expiryDate;

        public Boolean longTerm;
    }

    /** One problem found, on one request field. */
    public record Problem(String field, String code, String message) {
    }

    /** The verdict: masked and normalised number when the number itself is well-formed. */
    public record ValidationResult(boolean valid, String normalizedNumber, String maskedNumber, List<Problem> problems) {
    }

    @Inject
    BusinessClock clock;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a document (format, check character, dates, expiry, validity period) without storing it")
    public ValidationResult validate(@Valid ValidationRequest request) {
        DocumentType type = DocumentType.fromCode(request.documentType)
                .orElseThrow(() -> Rejection.onField("documentType", ReasonCode.DOCUMENT_TYPE_UNKNOWN));
        List<DocumentProblem> unreadable = new ArrayList<>();
        DocumentClaim claim = new DocumentClaim(type, request.documentNumber, request.name,
                date("birthDate", request.birthDate, unreadable), date("issueDate", request.issueDate, unreadable),
                date("expiryDate", request.expiryDate, unreadable), request.longTerm);
        DocumentValidation validation = DocumentCheck.validate(claim, clock.today());
        Locale locale = ProblemResponses.locale(headers);
        List<Problem> problems = new ArrayList<>();
        for (DocumentProblem problem : concat(unreadable, validation.problems())) {
            problems.add(new Problem(problem.field(), problem.code().name(), problem.code().message(locale)));
        }
        return new ValidationResult(problems.isEmpty(), validation.normalizedNumber(), validation.maskedNumber(), problems);
    }

    /** A date that cannot be read is a problem on its field, and is then left unchecked otherwise. */
    private static LocalDate date(String field, String value, List<DocumentProblem> unreadable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            unreadable.add(new DocumentProblem(field, ReasonCode.INVALID_DATE));
            return null;
        }
    }

    private static List<DocumentProblem> concat(List<DocumentProblem> first, List<DocumentProblem> second) {
        List<DocumentProblem> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
