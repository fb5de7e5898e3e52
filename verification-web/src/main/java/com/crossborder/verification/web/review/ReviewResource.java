package com.crossborder.verification.web.review;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.outlet.usecase.CounterEvidence;
import com.crossborder.verification.review.usecase.Reviews;
import com.crossborder.verification.review.usecase.Reviews.Photo;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PageRequest;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.api.ProblemResponses;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
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

/** Reviewers: the queue, claims, the photos and a referred case's scans (each view audited), and decisions. */
@Path("/v1/review")
@RequestScoped
@RolesAllowed("REVIEWER")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "review")
public class ReviewResource {

    /** A decision: APPROVE, REJECT with a reasonCode, or REQUEST_REUPLOAD naming photos. */
    public static class DecisionRequest {
        @NotBlank @Size(max = 20) public String decision;

        @Size(max = 40) public String reasonCode;

        public List<String> photos;

        @Size(max = 500) public String comment;
    }

    /** A reason with its text in the caller's language. */
    public record ReasonText(String code, String message) {
        static List<ReasonText> of(List<Reason> reasons, Locale locale) {
            return reasons.stream()
                    .map(reason -> new ReasonText(reason.name(), reason.message(locale)))
                    .toList();
        }
    }

    /** A refusal a reviewer may choose, with its text; {@code retryable}: the holder may put it right and apply again. */
    public record ReasonChoice(String code, String message, boolean retryable) {}

    /**
     * One waiting application: {@code overdue} past its deadline, {@code escalatedAt} when the nightly job reported it,
     * {@code claimedUntil} while a claim holds ({@code claimedByMe} when the caller holds it), {@code channel} ONLINE
     * or OUTLET (referred from a counter), the screening results as codes and in words.
     */
    public record QueueItem(
            String id,
            String status,
            Instant submittedAt,
            Instant slaDeadline,
            boolean overdue,
            Instant escalatedAt,
            Instant claimedUntil,
            boolean claimedByMe,
            String channel,
            String maskedNumber,
            List<String> screening,
            List<ReasonText> screeningResults) {}

    /** A page of the queue. */
    public record QueuePage(int page, int size, List<QueueItem> items) {}

    /** The outcome of a claim or decision. */
    public record Decided(String id, String status, List<String> requestedPhotos, String reason) {
        static Decided of(Application application) {
            return new Decided(
                    application.id().toString(),
                    application.status().name(),
                    application.requestedPhotos().stream()
                            .map(Enum::name)
                            .sorted()
                            .toList(),
                    application.reason().map(Enum::name).orElse(null));
        }
    }

    /** A scan of a referred case, without its content. */
    public record ScanView(String id, String kind, String mediaType, Instant takenAt) {
        static ScanView of(CounterEvidence.ScanEntry scan) {
            return new ScanView(scan.id().toString(), scan.kind().name(), scan.mediaType(), scan.takenAt());
        }
    }

    /** The agent who came for the holder: masked number, relationship, until when the power of attorney holds. */
    public record AgentView(String maskedNumber, String relationship, LocalDate powerOfAttorneyValidUntil) {}

    /** What the counter recorded for a referred case. */
    public record CounterRecordView(
            String reference,
            String outletCode,
            String outletName,
            String staffUsername,
            Instant decidedAt,
            String outcome,
            List<ReasonText> reasons,
            String holderNameMasked,
            String contactPhoneMasked,
            boolean originalSeen,
            boolean faceMatch,
            AgentView agent,
            List<ScanView> scans) {
        static CounterRecordView of(CounterEvidence.CounterRecord record, Locale locale) {
            return new CounterRecordView(
                    record.reference(),
                    record.outletCode(),
                    record.outletName(),
                    record.staffUsername(),
                    record.decidedAt(),
                    record.outcome(),
                    ReasonText.of(record.reasons(), locale),
                    record.holderNameMasked(),
                    record.contactPhoneMasked(),
                    record.originalSeen(),
                    record.faceMatch(),
                    record.agent() == null
                            ? null
                            : new AgentView(
                                    record.agent().numberMasked(),
                                    record.agent().relationship().name(),
                                    record.agent().powerOfAttorneyValidUntil()),
                    record.scans().stream().map(ScanView::of).toList());
        }
    }

    @Inject
    Reviews reviews;

    @Inject
    CounterEvidence counter;

    @Inject
    BusinessClock clock;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/queue")
    @Operation(summary = "Waiting applications, earliest deadline first, with screening results; paged")
    public QueuePage queue(
            @QueryParam("page") @DefaultValue("0") String pageText,
            @QueryParam("size") @DefaultValue("20") String sizeText) {
        PageRequest request = PageRequest.parse(pageText, sizeText, 100);
        int page = request.page();
        int size = request.size();
        List<Reviews.QueueEntry> entries = reviews.queue(page, size);
        Set<UUID> atCounter = counter.madeAtCounter(
                entries.stream().map(entry -> entry.application().id()).toList());
        Instant now = clock.now();
        UUID me = caller.accountId();
        Locale locale = ProblemResponses.locale(headers);
        List<QueueItem> items = entries.stream()
                .map(entry -> {
                    Application application = entry.application();
                    Optional<Instant> claimedUntil = application.claimedUntil().filter(now::isBefore);
                    return new QueueItem(
                            application.id().toString(),
                            application.status().name(),
                            application.submittedAt(),
                            application.slaDeadline(),
                            application.isOverdueAt(now),
                            application.escalatedAt().orElse(null),
                            claimedUntil.orElse(null),
                            claimedUntil.isPresent() && application.claimHeldBy(me, now),
                            atCounter.contains(application.id()) ? "OUTLET" : "ONLINE",
                            entry.numberMasked(),
                            entry.screening().stream().map(Enum::name).toList(),
                            ReasonText.of(entry.screening(), locale));
                })
                .toList();
        return new QueuePage(page, size, items);
    }

    @GET
    @Path("/reasons")
    @RolesAllowed({"REVIEWER", "ADMIN"})
    @Operation(summary = "The reasons a reviewer may reject with, in the order a screen offers them, with their texts")
    public List<ReasonChoice> reasons() {
        Locale locale = ProblemResponses.locale(headers);
        return Reason.reviewerChoices().stream()
                .map(reason -> new ReasonChoice(reason.name(), reason.message(locale), reason.retryable()))
                .toList();
    }

    @POST
    @Path("/applications/{id}/claim")
    @Operation(summary = "Claim an application; 409 ALREADY_CLAIMED when another reviewer holds it")
    @APIResponse(
            responseCode = "200",
            description = "Claimed for 30 minutes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Decided")))
    @APIResponse(responseCode = "409", description = "ALREADY_CLAIMED")
    public Decided claim(@PathParam("id") String id) {
        return Decided.of(reviews.claim(caller.actor(), uuid(id)));
    }

    @GET
    @Path("/applications/{id}/photos/{kind}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A photo of an application the caller holds the claim for; every view is audited")
    @APIResponse(
            responseCode = "200",
            description = "The photo (JPEG or PNG), Cache-Control: no-store",
            content = @Content(mediaType = "image/*"))
    @APIResponse(responseCode = "403", description = "NOT_CLAIMED")
    public Response photo(@PathParam("id") String id, @PathParam("kind") String kind) {
        PhotoKind photoKind = Arrays.stream(PhotoKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> Rejection.notFound(Reason.NOT_FOUND));
        Photo photo = reviews.viewPhoto(caller.actor(), uuid(id), photoKind);
        return Response.ok(photo.content(), photo.mediaType())
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/applications/{id}/counter-record")
    @Operation(
            summary = "For a case referred from an outlet: what the counter recorded (masked data only) and the list "
                    + "of its scans (live photo, power of attorney); only for the reviewer holding the claim; 404 for an online "
                    + "application")
    public CounterRecordView counterRecord(@PathParam("id") String id) {
        CounterEvidence.CounterRecord record = counter.of(caller.actor(), uuid(id));
        return CounterRecordView.of(record, ProblemResponses.locale(headers));
    }

    @GET
    @Path("/applications/{id}/scans/{scanId}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "One scan of a referred case; only for the reviewer holding the claim; every view is audited")
    @APIResponse(
            responseCode = "200",
            description = "The scan (JPEG, PNG or PDF), Cache-Control: no-store",
            content = @Content(mediaType = "*/*"))
    @APIResponse(responseCode = "403", description = "NOT_CLAIMED")
    @APIResponse(responseCode = "404", description = "SCAN_NOT_FOUND")
    public Response scan(@PathParam("id") String id, @PathParam("scanId") String scanId) {
        UUID scan;
        try {
            scan = UUID.fromString(scanId);
        } catch (IllegalArgumentException notAnId) {
            throw Rejection.notFound(Reason.SCAN_NOT_FOUND);
        }
        CounterEvidence.ScanContent content = counter.scan(caller.actor(), uuid(id), scan);
        return Response.ok(content.content(), content.mediaType())
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline")
                .build();
    }

    @POST
    @Path("/applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "APPROVE, REJECT with a reasonCode, or REQUEST_REUPLOAD naming photos; only by the claim holder")
    @APIResponse(
            responseCode = "200",
            description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Decided")))
    @APIResponse(responseCode = "403", description = "NOT_CLAIMED")
    @APIResponse(responseCode = "409", description = "APPLICATION_STATE_CONFLICT: not IN_REVIEW")
    @APIResponse(responseCode = "422", description = "DECISION_INVALID, DECISION_REASON_INVALID")
    public Decided decide(@PathParam("id") String id, @Valid DecisionRequest request) {
        UUID applicationId = uuid(id);
        return Decided.of(
                switch (request.decision) {
                    case "APPROVE" -> reviews.approve(caller.actor(), applicationId, request.comment);
                    case "REJECT" ->
                        reviews.reject(caller.actor(), applicationId, reason(request.reasonCode), request.comment);
                    case "REQUEST_REUPLOAD" ->
                        reviews.requestReupload(caller.actor(), applicationId, photos(request.photos), request.comment);
                    default -> throw Rejection.onField("decision", Reason.DECISION_INVALID);
                });
    }

    private static Reason reason(String code) {
        return Arrays.stream(Reason.values())
                .filter(r -> r.name().equals(code))
                .findFirst()
                .orElseThrow(() -> Rejection.onField("reasonCode", Reason.DECISION_REASON_INVALID));
    }

    private static Set<PhotoKind> photos(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw Rejection.onField("photos", Reason.FIELD_REQUIRED);
        }
        Set<PhotoKind> kinds = EnumSet.noneOf(PhotoKind.class);
        for (String name : names) {
            kinds.add(Arrays.stream(PhotoKind.values())
                    .filter(k -> k.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> Rejection.onField("photos", Reason.FIELD_INVALID)));
        }
        return kinds;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw Rejection.notFound(Reason.APPLICATION_NOT_FOUND);
        }
    }
}
