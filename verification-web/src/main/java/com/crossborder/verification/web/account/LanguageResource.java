package com.crossborder.verification.web.account;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.usecase.LanguageChoice;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The language the caller reads: SMS sent to them later and problem messages follow it. */
@Path("/v1/me/language")
@RequestScoped
@RolesAllowed({"APPLICANT", "OUTLET_STAFF", "REVIEWER", "ADMIN", "CUSTOMER_SERVICE"})
@SecurityRequirement(name = "bearer")
@Tag(name = "account")
public class LanguageResource {

    /** The chosen language: {@code zh-Hans}, {@code zh-Hant} or {@code en} (zh-HK, zh-MO, zh-TW read zh-Hant). */
    public static class LanguageRequest {
        @NotBlank @Size(max = 35) public String language;
    }

    /** The language now kept for the account. */
    public record LanguageView(String language) {}

    @Inject
    LanguageChoice languages;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the account's language (zh-Hans, zh-Hant or en); 422 LANGUAGE_UNSUPPORTED otherwise")
    public LanguageView choose(@Valid LanguageRequest request) {
        Account account = languages.choose(caller.actor(), request.language);
        return new LanguageView(account.language().tag());
    }
}
