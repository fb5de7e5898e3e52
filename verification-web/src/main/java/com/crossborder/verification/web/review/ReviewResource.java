package com.crossborder.verification.web.review;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.review.usecase.Reviews;
import com.crossborder.verification.review.usecase.Reviews.Photo;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Reviewers: the queue, claims, the photos (each view audited) and decisions. */
@Path("/v1/review")
@RequestScoped
@RolesAllowed("REVIEWER")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    /** A decision: APPROVE, REJECT with a reasonCode, or REQUEST_REUPLOAD naming photos. */
    public static class DecisionRequest {
        @NotBlank @Size(max = 20) public String decision;

        @Size(max = 40) public String reasonCode;

        public List<String> photos;

        @Size(max = 500) public String comment;
    }

    /** One waiting application. */
    public record QueueItem(
            String id, String status, Instant slaDeadline, String maskedNumber, List<String> screening) {}

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

    @Inject
    Reviews reviews;

    @Inject
    Caller caller;

    @GET
    @Path("/queue")
    @Operation(summary = "Waiting applications, earliest deadline first, with screening results; paged")
    public QueuePage queue(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw Rejection.onField(page < 0 ? "page" : "size", Reason.INVALID_QUERY_PARAMETER);
        }
        List<QueueItem> items = reviews.queue(page, size).stream()
                .map(entry -> new QueueItem(
                        entry.application().id().toString(),
                        entry.application().status().name(),
                        entry.application().slaDeadline(),
                        entry.numberMasked(),
                        entry.screening().stream().map(Enum::name).toList()))
                .toList();
        return new QueuePage(page, size, items);
    }

    @POST
    @Path("/applications/{id}/claim")
    @Operation(summary = "Claim an application; 409 ALREADY_CLAIMED when another reviewer holds it")
    public Decided claim(@PathParam("id") String id) {
        return Decided.of(reviews.claim(caller.actor(), uuid(id)));
    }

    @GET
    @Path("/applications/{id}/photos/{kind}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A photo of an application the caller holds the claim for; every view is audited")
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

    @POST
    @Path("/applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "APPROVE, REJECT with a reasonCode, or REQUEST_REUPLOAD naming photos; only by the claim holder")
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
