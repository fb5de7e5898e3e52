package com.crossborder.verification.web.card;

import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.usecase.CardBinding;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An applicant's cards. */
@Path("/v1/cards")
@RequestScoped
@RolesAllowed("APPLICANT")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cards")
public class CardResource {

    /** The card to add. */
    public static class CardRequest {
        @NotBlank @Size(max = 64) public String cardNumber;

        @NotBlank @Size(max = 64) public String checkCode;
    }

    /** A card and whether it is verified. */
    public record CardView(String id, String cardNumber, String verificationStatus, Instant verifiedAt) {
        static CardView of(Card card) {
            return new CardView(
                    card.id().toString(),
                    card.number().value(),
                    card.status().name(),
                    card.verifiedAt().orElse(null));
        }
    }

    @Inject
    CardBinding binding;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a card to the account (UNVERIFIED) with the check code printed on it: only a card the "
                    + "registry knows as ACTIVE; 422 CARD_UNKNOWN, CARD_CHECK_FAILED, CARD_BLOCKED; 429 "
                    + "CARD_CHECK_LOCKED after too many wrong codes; 409 CARD_UNAVAILABLE when it cannot be added")
    @APIResponse(
            responseCode = "201",
            description = "The card, UNVERIFIED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CardView")))
    @APIResponse(responseCode = "409", description = "CARD_UNAVAILABLE")
    @APIResponse(responseCode = "422", description = "CARD_UNKNOWN, CARD_CHECK_FAILED, CARD_BLOCKED")
    @APIResponse(responseCode = "429", description = "CARD_CHECK_LOCKED; with Retry-After")
    public Response bind(@Valid CardRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(CardView.of(binding.bind(caller.actor(), request.cardNumber, request.checkCode)))
                .build();
    }

    @GET
    @Operation(summary = "The account's cards with their verificationStatus")
    public List<CardView> list() {
        return binding.cardsOf(caller.actor()).stream().map(CardView::of).toList();
    }
}
