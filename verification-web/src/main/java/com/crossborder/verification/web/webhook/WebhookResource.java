package com.crossborder.verification.web.webhook;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.security.Caller;
import com.crossborder.verification.webhook.model.Webhook;
import com.crossborder.verification.webhook.model.WebhookDelivery;
import com.crossborder.verification.webhook.usecase.WebhookAdministration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin manages the card operator's webhooks and watches their deliveries. */
@Path("/v1/admin/webhooks")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
public class WebhookResource {

    /** A webhook to register: https URL and, optionally, the event types it wants (all four by default). */
    public static class WebhookRequest {
        @NotBlank @Size(max = 500) public String url;

        @Size(max = 4) public List<String> events;
    }

    /** A webhook; {@code secret} only when just registered or rotated. */
    public record WebhookView(String id, String url, List<String> events, Instant createdAt, String secret) {
        static WebhookView of(Webhook webhook, String secret) {
            return new WebhookView(
                    webhook.id().toString(), webhook.url(), webhook.events(), webhook.createdAt(), secret);
        }
    }

    /**
     * One event for this webhook: {@code webhookId} is the {@code webhook-id} header, the same on every attempt;
     * {@code lastStatus} the receiver's last HTTP status, {@code lastError} why there was none.
     */
    public record DeliveryView(
            String id,
            String webhookId,
            String type,
            String cardNumber,
            String status,
            int attempts,
            Integer lastStatus,
            String lastError,
            Instant createdAt,
            Instant lastAttemptAt,
            Instant nextAttemptAt,
            Instant deliveredAt) {
        static DeliveryView of(WebhookDelivery delivery) {
            return new DeliveryView(
                    delivery.id().toString(),
                    delivery.messageId(),
                    delivery.eventType(),
                    delivery.cardNumber(),
                    delivery.status().name(),
                    delivery.attempts(),
                    delivery.lastStatus().orElse(null),
                    delivery.lastError().orElse(null),
                    delivery.createdAt(),
                    delivery.lastAttemptAt().orElse(null),
                    delivery.status().name().equals("PENDING") ? delivery.nextAttemptAt() : null,
                    delivery.deliveredAt().orElse(null));
        }
    }

    @Inject
    WebhookAdministration webhooks;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a webhook {url, events?}; 201 with its secret (whsec_…), shown this once; 422 "
                    + "WEBHOOK_URL_INVALID, WEBHOOK_EVENT_UNKNOWN")
    @APIResponse(
            responseCode = "201",
            description = "The webhook with its secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WebhookView")))
    @APIResponse(responseCode = "422", description = "WEBHOOK_URL_INVALID, WEBHOOK_EVENT_UNKNOWN")
    public Response register(@Valid WebhookRequest request) {
        WebhookAdministration.WithSecret created = webhooks.register(caller.actor(), request.url, request.events);
        return Response.status(Response.Status.CREATED)
                .entity(WebhookView.of(created.webhook(), created.secret()))
                .build();
    }

    @GET
    @Operation(summary = "The registered webhooks (without secrets)")
    public List<WebhookView> list() {
        return webhooks.list().stream()
                .map(webhook -> WebhookView.of(webhook, null))
                .toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a webhook; its pending deliveries are cancelled")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND")
    public Response remove(@PathParam("id") String id) {
        webhooks.remove(caller.actor(), uuid(id, Reason.WEBHOOK_NOT_FOUND));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate the secret: the new one (shown this once) signs every delivery from now on")
    public WebhookView rotate(@PathParam("id") String id) {
        WebhookAdministration.WithSecret rotated =
                webhooks.rotateSecret(caller.actor(), uuid(id, Reason.WEBHOOK_NOT_FOUND));
        return WebhookView.of(rotated.webhook(), rotated.secret());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Recent deliveries, newest first: status, attempts, the receiver's last answer; size 1-200")
    public List<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("size") @DefaultValue("50") int size) {
        if (size < 1 || size > 200) {
            throw Rejection.onField("size", Reason.INVALID_QUERY_PARAMETER);
        }
        return webhooks.deliveries(uuid(id, Reason.WEBHOOK_NOT_FOUND), size).stream()
                .map(DeliveryView::of)
                .toList();
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Deliver again with the same webhook-id (a new round of retries); 202")
    @APIResponse(
            responseCode = "202",
            description = "Queued again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeliveryView")))
    @APIResponse(responseCode = "404", description = "WEBHOOK_NOT_FOUND, WEBHOOK_DELIVERY_NOT_FOUND")
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        WebhookDelivery delivery = webhooks.redeliver(
                caller.actor(),
                uuid(id, Reason.WEBHOOK_NOT_FOUND),
                uuid(deliveryId, Reason.WEBHOOK_DELIVERY_NOT_FOUND));
        return Response.accepted(DeliveryView.of(delivery)).build();
    }

    private static UUID uuid(String value, Reason notFound) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw Rejection.notFound(notFound);
        }
    }
}
