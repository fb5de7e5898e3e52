package com.crossborder.verification.web.outlet;

import com.crossborder.verification.outlet.usecase.OutletOffice;
import com.crossborder.verification.outlet.usecase.OutletOffice.LetterCheck;
import com.crossborder.verification.web.security.AnonymousLimits;
import com.crossborder.verification.web.security.Limited;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone holding a confirmation letter can check it is genuine; only masked data is shown. */
@Path("/v1/letters/{reference}")
@RequestScoped
@PermitAll
@Tag(name = "outlet")
public class LetterResource {

    @Inject
    OutletOffice office;

    @GET
    @Limited(AnonymousLimits.Group.LETTERS)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a letter by its reference: outcome, masked name and number, card's last four digits")
    @APIResponse(
            responseCode = "200",
            description = "The letter is genuine: masked data only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LetterCheck")))
    @APIResponse(responseCode = "429", description = "TOO_MANY_REQUESTS; with Retry-After")
    public LetterCheck check(@PathParam("reference") String reference) {
        return office.check(reference);
    }
}
