package com.crossborder.verification.web.account;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.usecase.PasswordChange;
import com.crossborder.verification.account.usecase.Sessions;
import com.crossborder.verification.web.security.Caller;
import com.crossborder.verification.web.security.ClientAddresses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is. */
@Path("/v1/me")
@RequestScoped
// Every role, those other parts of the product add included (customer service, the card operator).
@RolesAllowed({"APPLICANT", "OUTLET_STAFF", "REVIEWER", "ADMIN", "CUSTOMER_SERVICE", "OPERATOR"})
@SecurityRequirement(name = "bearer")
@Tag(name = "account")
public class MeResource {

    /** The caller's account and the language it reads ({@code PUT /v1/me/language}); never a phone number in clear. */
    public record Me(String id, String username, String role, List<String> roles, String outletCode, String language) {}

    @Inject
    Caller caller;

    @Inject
    Sessions sessions;

    @Inject
    PasswordChange passwordChange;

    @Inject
    ClientAddresses clients;

    @Context
    HttpServletRequest http;

    /** The caller's own password change. */
    public static class PasswordChangeRequest {
        @NotBlank @Size(max = 200) public String currentPassword;

        @NotBlank @Size(max = 200) public String newPassword;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The calling account and its roles")
    public Me me() {
        Account account = sessions.me(caller.accountId());
        return new Me(
                account.id().toString(),
                account.displayName(),
                account.role().name(),
                List.of(account.role().name()),
                account.outletCode().orElse(null),
                account.language().tag());
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's own password; every token issued before (this one too) stops working")
    @APIResponse(responseCode = "204", description = "Changed; log in again with the new password")
    @APIResponse(responseCode = "422", description = "CURRENT_PASSWORD_WRONG, or the new password breaks the policy")
    @APIResponse(responseCode = "429", description = "LOGIN_LOCKED: too many wrong current passwords")
    public Response changePassword(@Valid PasswordChangeRequest request) {
        passwordChange.change(caller.actor(), request.currentPassword, request.newPassword, clients.bucket(http));
        return Response.noContent().build();
    }
}
