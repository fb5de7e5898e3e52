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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checks an identity document against the rules without storing anything. */
@Path("/v1/documents/validation")
@RequestScoped
@PermitAll
@Tag(name = "documents")
public class DocumentValidationResource {

    /** What the client wants checked; only type and number are required. Dates are YYYY-MM-DD. */
    public static class ValidationRequest extends DocumentInput {}

    /** One problem found, on one request field. */
    public record FieldProblem(String field, String code, String message) {}

    /** The verdict: masked and normalised number when the number itself is well-formed. */
    public record ValidationResult(
            boolean valid, String normalizedNumber, String maskedNumber, List<FieldProblem> problems) {}

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
    @APIResponse(
            responseCode = "200",
            description = "The verdict, with problems per field",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ValidationResult")))
    @APIResponse(responseCode = "429", description = "TOO_MANY_REQUESTS; with Retry-After")
    public ValidationResult validate(@Valid ValidationRequest request) {
        List<DocumentProblem> unreadable = new ArrayList<>();
        DocumentClaim claim = request.claim(unreadable);
        DocumentValidation validation = DocumentCheck.validate(claim, clock.today());
        Locale locale = ProblemResponses.locale(headers);
        List<FieldProblem> problems = new ArrayList<>();
        for (DocumentProblem problem : concat(unreadable, validation.problems())) {
            problems.add(new FieldProblem(
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
