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

/** The consent text in force, for clients to show before submission; its version is what they send back. */
@Path("/v1/consent")
@RequestScoped
@PermitAll
public class ConsentResource {

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The consent text to accept before submitting, {version, title, text} in the Accept-Language language")
    public ConsentText current() {
        return ConsentText.current(ProblemResponses.locale(headers));
    }
}
