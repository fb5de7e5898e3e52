package com.crossborder.verification.web.card;

import com.crossborder.verification.application.usecase.CardClaims;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.web.api.Answers;
import com.crossborder.verification.web.card.CardResource.CardView;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A holder verified at an outlet takes the card into the app: a code by SMS to the counter phone, then the claim. */
@Path("/v1/cards/claims")
@RequestScoped
@RolesAllowed("APPLICANT")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cards")
public class CardClaimResource {

    /** The card a code is asked for. */
    public static class CodeRequest {
        @NotBlank @Size(max = 64) public String cardNumber;
    }

    /** The claim: the card, the holder's document and the code. */
    public static class ClaimRequest {
        @NotBlank @Size(max = 64) public String cardNumber;

        @NotBlank @Size(max = 40) public String documentType;

        @NotBlank @Size(max = 64) public String documentNumber;

        @NotBlank @Size(max = 16) public String code;
    }

    @Inject
    CardClaims claims;

    @Inject
    Caller caller;

    @POST
    @Path("/codes")
    @Operation(
            summary = "Send a claim code to the phone recorded at the counter for the card; 202 whether or not the "
                    + "card exists or can be claimed (no phone in the answer); 429 at a limit")
    @APIResponse(
            responseCode = "202",
            description = "Accepted, the same for any well-formed number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Accepted")))
    @APIResponse(responseCode = "429", description = "At a limit; with Retry-After")
    public Response sendCode(@Valid CodeRequest request) {
        claims.sendCode(caller.actor(), request.cardNumber);
        return Response.accepted(Answers.Accepted.ACCEPTED).build();
    }

    @POST
    @Operation(
            summary = "Take a card verified at an outlet into the account with the document and the code; 201 the card "
                    + "(VERIFIED); 422 SMS_CODE_INVALID, SMS_CODE_EXPIRED or CARD_CLAIM_FAILED")
    @APIResponse(
            responseCode = "201",
            description = "The card, VERIFIED, on the caller's account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CardView")))
    @APIResponse(responseCode = "422", description = "SMS_CODE_INVALID, SMS_CODE_EXPIRED, CARD_CLAIM_FAILED")
    public Response claim(@Valid ClaimRequest request) {
        Card card = claims.claim(
                caller.actor(),
                new CardClaims.Claim(request.cardNumber, request.documentType, request.documentNumber, request.code));
        return Response.status(Response.Status.CREATED)
                .entity(CardView.of(card))
                .build();
    }
}
