package com.crossborder.verification.web.audit;

import com.crossborder.verification.audit.model.AuditEvent;
import com.crossborder.verification.audit.model.AuditTrail.AuditFilter;
import com.crossborder.verification.audit.model.ChainVerification;
import com.crossborder.verification.audit.usecase.AuditQueries;
import com.crossborder.verification.audit.usecase.AuditQueries.AuditPage;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail for administrators, filtered and paged, with the verdict on its hash chain. */
@Path("/v1/admin/audit")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AuditResource {

    private static final int MAX_PAGE_SIZE = 200;

    /** One audit row as shown to an administrator. */
    public record AuditEntry(
            long sequence,
            Instant occurredAt,
            String actorId,
            String actorRole,
            String action,
            String objectType,
            String objectId,
            String details,
            String hash) {
        static AuditEntry of(AuditEvent event) {
            return new AuditEntry(
                    event.sequence(),
                    event.occurredAt(),
                    event.actorId(),
                    event.actorRole(),
                    event.action(),
                    event.objectType(),
                    event.objectId(),
                    event.details(),
                    event.hash());
        }
    }

    /** Whether the chain is intact; where and why it breaks when it is not. */
    public record Chain(boolean intact, long checked, Long brokenAt, String reason, long unsealedRows) {
        static Chain of(ChainVerification.Result result) {
            return new Chain(
                    result.intact(),
                    result.checked(),
                    result.brokenAt(),
                    result.reason() == null ? null : result.reason().name(),
                    result.unsealedRows());
        }
    }

    /** A page of the trail. */
    public record AuditTrailPage(Chain chain, long total, int page, int size, List<AuditEntry> events) {}

    @Inject
    AuditQueries queries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Audit rows, newest first, filtered by actor, action, object and time; verifies the hash chain")
    public AuditTrailPage search(
            @QueryParam("actorId") String actorId,
            @QueryParam("action") String action,
            @QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        int pageNumber = number("page", page, 0, 1_000_000);
        int pageSize = number("size", size, 1, MAX_PAGE_SIZE);
        AuditFilter filter = new AuditFilter(
                blankToNull(actorId),
                blankToNull(action),
                blankToNull(objectType),
                blankToNull(objectId),
                instant("from", from),
                instant("to", to));
        AuditPage result = queries.search(filter, pageNumber, pageSize);
        return new AuditTrailPage(
                Chain.of(result.chain()),
                result.total(),
                pageNumber,
                pageSize,
                result.events().stream().map(AuditEntry::of).toList());
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the refusal
        }
        throw Rejection.onField(field, Reason.INVALID_QUERY_PARAMETER);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException malformed) {
            throw Rejection.onField(field, Reason.INVALID_QUERY_PARAMETER);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
