package com.crossborder.verification.web.card;

import com.crossborder.verification.card.usecase.OperatorCards;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The card operator asks a card's verification status; no personal data. */
@Path("/v1/operator/cards")
@RequestScoped
@RolesAllowed("OPERATOR")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operator")
public class OperatorResource {

    /** A card's status, the channel it was verified through and when; channel and time only once verified. */
    public record CardStatusView(String cardNumber, String verificationStatus, String channel, Instant verifiedAt) {}

    @Inject
    OperatorCards cards;

    @Inject
    Caller caller;

    @GET
    @Path("/{cardNumber}")
    @Operation(summary = "A card's verificationStatus, channel (ONLINE or OUTLET) and verifiedAt; no personal data")
    public CardStatusView card(@PathParam("cardNumber") String cardNumber) {
        OperatorCards.CardStatusView status = cards.status(caller.actor(), cardNumber);
        return new CardStatusView(
                status.cardNumber(),
                status.status().name(),
                status.channel() == null ? null : status.channel().name(),
                status.verifiedAt());
    }
}
