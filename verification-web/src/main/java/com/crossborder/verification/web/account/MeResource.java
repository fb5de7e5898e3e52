package com.crossborder.verification.web.account;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.usecase.Sessions;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who the caller is. */
@Path("/v1/me")
@RequestScoped
@RolesAllowed({"APPLICANT", "OUTLET_STAFF", "REVIEWER", "ADMIN", "CUSTOMER_SERVICE"})
@SecurityRequirement(name = "bearer")
public class MeResource {

    /** The caller's account and the language it reads ({@code PUT /v1/me/language}); never a phone number in clear. */
    public record Me(String id, String username, String role, List<String> roles, String outletCode, String language) {}

    @Inject
    Caller caller;

    @Inject
    Sessions sessions;

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
}
