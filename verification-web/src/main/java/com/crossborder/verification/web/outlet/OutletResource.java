package com.crossborder.verification.web.outlet;

import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.usecase.OutletDesk;
import com.crossborder.verification.outlet.usecase.OutletDesk.AgentForm;
import com.crossborder.verification.outlet.usecase.OutletDesk.CounterForm;
import com.crossborder.verification.outlet.usecase.OutletOffice;
import com.crossborder.verification.outlet.usecase.OutletOffice.DailyReport;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.api.ProblemResponses;
import com.crossborder.verification.web.identity.DocumentInput;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Outlet staff at the counter: scans, the form decided on the spot, the confirmation letter, the day's report. */
@Path("/v1/outlet")
@RequestScoped
@RolesAllowed("OUTLET_STAFF")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outlet")
public class OutletResource {

    /** The holder: name and document. */
    public static class HolderInput {
        @NotNull @Valid public DocumentInput document;

        @NotBlank @Size(max = 64) public String name;
    }

    /** The power of attorney an agent brings. */
    public static class PowerOfAttorneyInput {
        @NotBlank public String scanId;

        @NotBlank public String validUntil;
    }

    /** Someone applying for the holder. */
    public static class AgentInput {
        @NotBlank @Size(max = 64) public String name;

        @NotNull @Valid public DocumentInput document;

        @NotBlank @Size(max = 20) public String relationship;

        @NotNull @Valid public PowerOfAttorneyInput powerOfAttorney;
    }

    /** The counter form. */
    public static class OutletApplicationRequest {
        @NotNull @Valid public HolderInput holder;

        @NotBlank @Size(max = 64) public String cardNumber;

        @NotBlank @Size(max = 40) public String contactPhone;

        @NotNull public Boolean originalSeen;

        @NotNull public Boolean faceMatch;

        public String livePhotoScanId;

        @Valid public AgentInput agent;

        public Boolean referToBackOffice;
    }

    /** The decision on the spot. */
    /** A scan stored, to be named in the counter form. */
    @Schema(name = "ScanTaken")
    public record ScanTaken(String scanId) {}

    @Schema(name = "CounterDecision")
    public record CounterDecision(String id, String reference, String status, List<Map<String, String>> reasons) {}

    @Inject
    OutletDesk desk;

    @Inject
    OutletOffice office;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "verification.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Context
    HttpHeaders headers;

    @POST
    @Path("/scans")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Store a scan (power of attorney, live photo), checked like an upload (images) or within page, "
                    + "object and stream limits, unencrypted (PDF); 201 {scanId}; 503 PHOTO_CHECKS_BUSY when busy")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScanTaken")))
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: over 5 MiB")
    @APIResponse(
            responseCode = "422",
            description = "SCAN_NOT_A_DOCUMENT, SCAN_PDF_ENCRYPTED, SCAN_PDF_TOO_COMPLEX, PHOTO_ codes")
    @APIResponse(responseCode = "503", description = "PHOTO_CHECKS_BUSY; with Retry-After")
    public Response scan(InputStream body) {
        byte[] content;
        try (InputStream in = body) {
            content = in.readNBytes(5 * 1024 * 1024 + 1);
        } catch (IOException unreadable) {
            throw Rejection.onField("scan", Reason.SCAN_NOT_A_DOCUMENT);
        }
        return Response.status(Response.Status.CREATED)
                .entity(new ScanTaken(
                        office.takeScan(caller.actor(), content).id().toString()))
                .build();
    }

    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The counter form, decided on the spot: APPROVED, REJECTED with reasons, or REFERRED")
    @APIResponse(
            responseCode = "201",
            description = "Decided: APPROVED, REJECTED with reasons, or REFERRED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CounterDecision")))
    public Response apply(@Valid OutletApplicationRequest request) {
        DocumentInput holderDocument = request.holder.document;
        holderDocument.name = request.holder.name;
        AgentForm agent = null;
        if (request.agent != null) {
            request.agent.document.name = request.agent.name;
            agent = new AgentForm(
                    request.agent.document.claim(),
                    request.agent.relationship,
                    uuid(request.agent.powerOfAttorney.scanId, "agent.powerOfAttorney.scanId"),
                    date(request.agent.powerOfAttorney.validUntil, "agent.powerOfAttorney.validUntil"));
        }
        OutletVisit visit = desk.decide(
                caller.actor(),
                new CounterForm(
                        holderDocument.claim(),
                        request.cardNumber,
                        request.contactPhone,
                        request.originalSeen,
                        request.faceMatch,
                        request.livePhotoScanId == null ? null : uuid(request.livePhotoScanId, "livePhotoScanId"),
                        agent,
                        Boolean.TRUE.equals(request.referToBackOffice)));
        Locale locale = ProblemResponses.locale(headers);
        return Response.status(Response.Status.CREATED)
                .entity(new CounterDecision(
                        visit.applicationId().toString(),
                        visit.reference(),
                        visit.outcome().name(),
                        visit.reasons().stream()
                                .map(reason -> Map.of("code", reason.name(), "message", reason.message(locale)))
                                .toList()))
                .build();
    }

    @GET
    @Path("/applications/{id}/letter")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The confirmation letter as PDF, with a QR code of the reference: in ?language= (zh-Hans, "
                    + "zh-Hant, en) if given, else the holder's account language, else the request's Accept-Language "
                    + "(zh-HK, zh-MO read zh-Hant), else simplified Chinese")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = "application/pdf"))
    public Response letter(@PathParam("id") String id, @QueryParam("language") String language) {
        Optional<Language> asked = Optional.ofNullable(language)
                .filter(tag -> !tag.isBlank())
                .map(tag -> Language.ofTag(tag)
                        .orElseThrow(() -> Rejection.onField("language", Reason.LANGUAGE_UNSUPPORTED)));
        byte[] pdf = office.letter(
                caller.actor(),
                uuid(id, "id"),
                publicUrl.replaceAll("/+$", "") + "/api/v1/letters/",
                asked,
                Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter.pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/reports/daily")
    @Operation(summary = "The outlet's day: counts per outcome and per staff member")
    @APIResponse(
            responseCode = "200",
            description = "The outlet's day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DailyReport")))
    @APIResponse(responseCode = "422", description = "INVALID_DATE: date is not YYYY-MM-DD")
    public DailyReport daily(@QueryParam("date") String date) {
        return office.daily(caller.actor(), date == null || date.isBlank() ? null : date(date, "date"));
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            if ("id".equals(field)) {
                throw Rejection.notFound(Reason.APPLICATION_NOT_FOUND);
            }
            throw Rejection.onField(field, Reason.SCAN_NOT_FOUND);
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            throw Rejection.onField(field, Reason.INVALID_DATE);
        }
    }
}
