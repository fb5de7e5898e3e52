package com.crossborder.verification.web.application;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationRecord;
import com.crossborder.verification.application.model.Consent;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.FaceFindings;
import com.crossborder.verification.application.model.PhotoInspection;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.application.usecase.ApplicationWithdrawal;
import com.crossborder.verification.application.usecase.OnlineApplications;
import com.crossborder.verification.application.usecase.OwnApplications;
import com.crossborder.verification.outlet.usecase.CounterEvidence;
import com.crossborder.verification.review.model.ReviewCase;
import com.crossborder.verification.review.usecase.Reviews;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.api.ProblemResponses;
import com.crossborder.verification.web.identity.DocumentInput;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The online application, as the applicant drives it and as reviewers and admins read it. */
@Path("/v1/applications")
@RequestScoped
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications")
public class ApplicationResource {

    /** Which card to apply for. */
    public static class StartRequest {
        @NotBlank @Size(max = 64) public String cardNumber;
    }

    /** The declared document; the holder's name is required here. */
    public static class IdentityRequest extends DocumentInput {}

    /** Consent to the processing of sensitive personal data. */
    public static class ConsentInput {
        @NotBlank @Size(max = 32) public String version;

        public Boolean accepted;
    }

    /** Submission with consent. */
    public static class SubmitRequest {
        @NotNull @Valid public ConsentInput consent;
    }

    /**
     * What an upload's checks measured: the stored size, mean brightness, sharpness, the shares of pixels clipped
     * white and black and the tonal spread (of the face, for the FACE photo), and for the FACE photo how many faces.
     */
    public record PhotoChecks(
            String format,
            int width,
            int height,
            long brightness,
            long sharpness,
            double highlightsClipped,
            double shadowsClipped,
            long contrast,
            Integer faces) {}

    /** An accepted photo. */
    public record PhotoAccepted(String kind, boolean accepted, PhotoChecks checks) {}

    /** A reason, for the applicant to read. */
    public record ReasonView(String code, String message, boolean retryable) {}

    /** One step in the application's history. */
    public record HistoryEntry(Instant at, String action, String actorRole) {}

    /** A reviewer's comment beside a decision: shown to staff only. */
    public record CommentView(Instant at, String decision, String text) {}

    /** A screening result in words. */
    public record ScreeningResult(String code, String message) {}

    /**
     * What only staff see of an application: the declared name masked and the document's expiry, whether it is past
     * its deadline or escalated, who holds the claim and until when, and where it was made (ONLINE or OUTLET).
     */
    public record StaffView(
            String nameMasked,
            LocalDate expiryDate,
            boolean longTerm,
            boolean overdue,
            Instant escalatedAt,
            Instant claimedUntil,
            boolean claimedByMe,
            String channel,
            List<ScreeningResult> screeningResults) {}

    /**
     * The application as its owner, a reviewer or an admin sees it: document numbers masked only; the screening
     * results, reviewers' comments and {@code staff} part are for staff (empty or absent for the applicant).
     */
    public record ApplicationView(
            String id,
            String status,
            String cardNumber,
            String documentType,
            String maskedNumber,
            Instant submittedAt,
            Instant slaDeadline,
            int reuploadRounds,
            List<String> requestedPhotos,
            List<ReasonView> reasons,
            List<String> screening,
            List<HistoryEntry> history,
            List<CommentView> comments,
            StaffView staff) {}

    /** One of the holder's own applications in a list: status, card, and the first reason when refused. */
    public record OwnApplicationItem(
            String id,
            String status,
            String cardNumber,
            String channel,
            Instant createdAt,
            Instant submittedAt,
            Instant decidedAt,
            List<ReasonView> reasons) {}

    /** A page of the holder's applications, newest first. */
    public record OwnApplicationPage(int page, int size, long total, List<OwnApplicationItem> items) {}

    @Inject
    OnlineApplications online;

    @Inject
    OwnApplications own;

    @Inject
    ApplicationWithdrawal withdrawal;

    @Inject
    Reviews reviews;

    @Inject
    CounterEvidence counter;

    @Inject
    PhotoRules photoRules;

    @Inject
    BusinessClock clock;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed("APPLICANT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an application for one of the caller's cards; 201 DRAFT")
    @APIResponse(
            responseCode = "201",
            description = "The application, DRAFT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationView")))
    @APIResponse(responseCode = "409", description = "CARD_ALREADY_VERIFIED, APPLICATION_ALREADY_OPEN")
    @APIResponse(responseCode = "404", description = "CARD_NOT_FOUND: not one of the caller's cards")
    @APIResponse(responseCode = "422", description = "CARD_NUMBER_INVALID")
    public Response start(@Valid StartRequest request) {
        Application application = online.start(caller.actor(), request.cardNumber);
        return Response.status(Response.Status.CREATED)
                .entity(view(online.ownRecord(caller.actor(), application.id())))
                .build();
    }

    @GET
    @RolesAllowed("APPLICANT")
    @Operation(
            summary =
                    "The caller's own applications, newest first, with status and card; paged (page from 0, size 1-100)")
    public OwnApplicationPage list(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > OwnApplications.MAX_PAGE_SIZE) {
            throw Rejection.onField(page < 0 ? "page" : "size", Reason.INVALID_QUERY_PARAMETER);
        }
        OwnApplications.Page found = own.of(caller.actor(), page, size);
        Set<UUID> atCounter = counter.madeAtCounter(
                found.items().stream().map(Application::id).toList());
        Locale locale = ProblemResponses.locale(headers);
        return new OwnApplicationPage(
                found.page(),
                found.size(),
                found.total(),
                found.items().stream()
                        .map(application -> new OwnApplicationItem(
                                application.id().toString(),
                                application.status().name(),
                                application.cardNumber(),
                                atCounter.contains(application.id()) ? "OUTLET" : "ONLINE",
                                application.createdAt(),
                                application.submittedAt(),
                                application.decidedAt().orElse(null),
                                application
                                        .reason()
                                        .map(r -> List.of(new ReasonView(r.name(), r.message(locale), r.retryable())))
                                        .orElse(List.of())))
                        .toList());
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed("APPLICANT")
    @Operation(
            summary = "Withdraw an own application nobody decided yet (WITHDRAWN; its photos are deleted); "
                    + "409 APPLICATION_ALREADY_DECIDED once decided or withdrawn")
    @APIResponse(
            responseCode = "200",
            description = "The application, WITHDRAWN",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationView")))
    @APIResponse(responseCode = "409", description = "APPLICATION_ALREADY_DECIDED")
    public ApplicationView withdraw(@PathParam("id") String id) {
        withdrawal.withdraw(caller.actor(), uuid(id));
        return view(online.ownRecord(caller.actor(), uuid(id)));
    }

    @PUT
    @Path("/{id}/photos/{kind}")
    @RolesAllowed("APPLICANT")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary =
                    "Upload ID_FRONT, ID_BACK or FACE as the raw body; checked at once (422 with a PHOTO_ code, 413 over 5 MiB, "
                            + "503 PHOTO_CHECKS_BUSY with Retry-After when the checks are at capacity)")
    @APIResponse(
            responseCode = "200",
            description = "Accepted, with the checks measured",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PhotoAccepted")))
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: over 5 MiB")
    @APIResponse(
            responseCode = "422",
            description =
                    "PHOTO_NOT_AN_IMAGE, PHOTO_TOO_SMALL, PHOTO_TOO_DARK, PHOTO_TOO_BRIGHT, PHOTO_BLURRED, PHOTO_NO_FACE, PHOTO_MULTIPLE_FACES, ...")
    @APIResponse(responseCode = "503", description = "PHOTO_CHECKS_BUSY; with Retry-After")
    public PhotoAccepted uploadPhoto(@PathParam("id") String id, @PathParam("kind") String kind, InputStream body) {
        PhotoKind photoKind = Arrays.stream(PhotoKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> Rejection.notFound(Reason.NOT_FOUND));
        byte[] content = readLimited(body, photoRules.maxBytes());
        PhotoInspection inspection = online.uploadPhoto(caller.actor(), uuid(id), photoKind, content);
        return new PhotoAccepted(
                photoKind.name(),
                true,
                new PhotoChecks(
                        inspection.mediaType(),
                        inspection.width(),
                        inspection.height(),
                        Math.round(inspection.brightness()),
                        Math.round(inspection.sharpness()),
                        Math.round(inspection.exposure().highlightsClipped() * 1000) / 1000.0,
                        Math.round(inspection.exposure().shadowsClipped() * 1000) / 1000.0,
                        Math.round(inspection.exposure().contrast()),
                        inspection.faces().map(FaceFindings::count).orElse(null)));
    }

    @PUT
    @Path("/{id}/identity")
    @RolesAllowed("APPLICANT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare the identity document; 422 with the validation codes when it breaks a rule")
    @APIResponse(
            responseCode = "200",
            description = "The application",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationView")))
    @APIResponse(responseCode = "409", description = "APPLICATION_STATE_CONFLICT: not DRAFT or REUPLOAD_REQUESTED")
    @APIResponse(responseCode = "422", description = "The codes of document validation, MINOR_ONLINE_NOT_ALLOWED")
    public ApplicationView declareIdentity(@PathParam("id") String id, @Valid IdentityRequest request) {
        online.declareIdentity(caller.actor(), uuid(id), request.claim());
        return view(online.ownRecord(caller.actor(), uuid(id)));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed("APPLICANT")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit with consent; sets the deadline 3 business days ahead")
    @APIResponse(
            responseCode = "200",
            description = "The application, SUBMITTED, with slaDeadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationView")))
    @APIResponse(responseCode = "409", description = "APPLICATION_STATE_CONFLICT: not DRAFT or REUPLOAD_REQUESTED")
    @APIResponse(responseCode = "422", description = "PHOTOS_MISSING, CONSENT_REQUIRED, DOCUMENT_EXPIRED, ...")
    public ApplicationView submit(@PathParam("id") String id, @Valid SubmitRequest request) {
        Consent consent =
                Consent.given(request.consent.version, request.consent.accepted, clock.now(), http.getRemoteAddr());
        online.submit(caller.actor(), uuid(id), consent);
        return view(online.ownRecord(caller.actor(), uuid(id)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"APPLICANT", "REVIEWER", "ADMIN"})
    @Operation(
            summary =
                    "Status, masked number, reasons, requested photos, deadline and history (staff also see screening and comments)")
    public ApplicationView get(@PathParam("id") String id) {
        if (caller.hasRole("APPLICANT")) {
            return view(online.ownRecord(caller.actor(), uuid(id)));
        }
        ReviewCase reviewCase = reviews.caseOf(uuid(id));
        return view(reviewCase.record(), reviewCase.screening(), reviewCase.comments(), staffView(reviewCase));
    }

    private StaffView staffView(ReviewCase reviewCase) {
        Locale locale = ProblemResponses.locale(headers);
        Application application = reviewCase.record().application();
        Instant now = clock.now();
        Optional<Instant> claimedUntil = application.claimedUntil().filter(now::isBefore);
        Optional<DeclaredIdentity> identity = reviewCase.record().identity();
        return new StaffView(
                reviewCase.nameMasked(),
                identity.flatMap(DeclaredIdentity::expiryDate).orElse(null),
                identity.map(DeclaredIdentity::longTerm).orElse(false),
                application.isOverdueAt(now),
                application.escalatedAt().orElse(null),
                claimedUntil.orElse(null),
                claimedUntil.isPresent() && application.claimHeldBy(caller.accountId(), now),
                counter.madeAtCounter(List.of(application.id())).isEmpty() ? "ONLINE" : "OUTLET",
                reviewCase.screening().stream()
                        .map(reason -> new ScreeningResult(reason.name(), reason.message(locale)))
                        .toList());
    }

    private ApplicationView view(ApplicationRecord record) {
        return view(record, List.of(), List.of(), null);
    }

    private ApplicationView view(
            ApplicationRecord record, List<Reason> screening, List<ReviewCase.Comment> comments, StaffView staff) {
        Locale locale = ProblemResponses.locale(headers);
        Application application = record.application();
        Optional<DeclaredIdentity> identity = record.identity();
        List<ReasonView> reasons = application
                .reason()
                .map(r -> List.of(new ReasonView(r.name(), r.message(locale), r.retryable())))
                .orElse(List.of());
        return new ApplicationView(
                application.id().toString(),
                application.status().name(),
                application.cardNumber(),
                identity.map(i -> i.documentType().name()).orElse(null),
                identity.map(DeclaredIdentity::numberMasked).orElse(null),
                application.submittedAt(),
                application.slaDeadline(),
                application.reuploadRounds(),
                application.requestedPhotos().stream().map(Enum::name).sorted().toList(),
                reasons,
                screening.stream().map(Enum::name).toList(),
                record.history().stream()
                        .map(e -> new HistoryEntry(e.at(), e.action(), e.actorRole()))
                        .toList(),
                comments.stream()
                        .map(c -> new CommentView(c.at(), c.decision(), c.text()))
                        .toList(),
                staff);
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw Rejection.notFound(Reason.APPLICATION_NOT_FOUND);
        }
    }

    /** Reads at most {@code limit} bytes; one more means the body is too large, and the rest is not read. */
    private static byte[] readLimited(InputStream body, long limit) {
        try (InputStream in = body) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit) {
                throw Rejection.tooLarge("photo", Reason.PHOTO_TOO_LARGE);
            }
            return content;
        } catch (IOException unreadable) {
            throw Rejection.onField("photo", Reason.PHOTO_NOT_AN_IMAGE);
        }
    }
}
