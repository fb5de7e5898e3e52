package com.crossborder.verification.web.application;

import com.crossborder.verification.application.model.ConsentText;
import com.crossborder.verification.web.api.ProblemResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consent text in force, for clients to show before submission; its version is what they send back. */
@Path("/v1/consent")
@RequestScoped
@PermitAll
@Tag(name = "applications")
public class ConsentResource {

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The consent text to accept before submitting, {version, title, text} in the Accept-Language language")
    @APIResponse(
            responseCode = "200",
            description = "The consent text in the language asked for",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ConsentText")))
    public ConsentText current() {
        return ConsentText.current(ProblemResponses.locale(headers));
    }
}
