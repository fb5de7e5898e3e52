package com.crossborder.verification.web.identity;

import com.crossborder.verification.identity.model.DocumentCheck;
import com.crossborder.verification.identity.model.DocumentClaim;
import com.crossborder.verification.identity.model.DocumentProblem;
import com.crossborder.verification.identity.model.DocumentValidation;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.web.api.ProblemResponses;
import com.crossborder.verification.web.security.AnonymousLimits;
import com.crossborder.verification.web.security.Limited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
    public static class ValidationRequest extends DocumentInput {}

    /** One problem found, on one request field. */
    public record Problem(String field, String code, String message) {}

    /** The verdict: masked and normalised number when the number itself is well-formed. */
    public record ValidationResult(
            boolean valid, String normalizedNumber, String maskedNumber, List<Problem> problems) {}

    @Inject
    BusinessClock clock;

    @Context
    HttpHeaders headers;

    @POST
    @Limited(AnonymousLimits.Group.DOCUMENT_VALIDATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check a document (format, check character, dates, expiry, validity period) without storing it")
    public ValidationResult validate(@Valid ValidationRequest request) {
        List<DocumentProblem> unreadable = new ArrayList<>();
        DocumentClaim claim = request.claim(unreadable);
        DocumentValidation validation = DocumentCheck.validate(claim, clock.today());
        Locale locale = ProblemResponses.locale(headers);
        List<Problem> problems = new ArrayList<>();
        for (DocumentProblem problem : concat(unreadable, validation.problems())) {
            problems.add(new Problem(
                    problem.field(), problem.code().name(), problem.code().message(locale)));
        }
        return new ValidationResult(
                problems.isEmpty(), validation.normalizedNumber(), validation.maskedNumber(), problems);
    }

    private static List<DocumentProblem> concat(List<DocumentProblem> first, List<DocumentProblem> second) {
        List<DocumentProblem> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
