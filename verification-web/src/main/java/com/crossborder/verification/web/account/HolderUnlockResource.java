package com.crossborder.verification.web.account;

import com.crossborder.verification.account.usecase.LoginLocks;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer service (or an administrator) lifts a locked login: the lock of the login from every address and its
 * global lock. Audited as {@code LOGIN_UNLOCKED} with who, how many locks and the reason given. The other
 * {@code /support/holders} endpoints live in their own resource; this one is alone so that both can grow apart.
 */
@Path("/v1/support/holders/{accountId}/unlock")
@RequestScoped
@RolesAllowed({"CUSTOMER_SERVICE", "ADMIN"})
@SecurityRequirement(name = "bearer")
@Tag(name = "support")
public class HolderUnlockResource {

    /** Why the lock is lifted (for the audit trail): required, at most 200 characters. */
    public static class UnlockRequest {
        @NotBlank @Size(max = LoginLocks.MAX_REASON) public String reason;
    }

    /** How many locks were in force and are lifted now (0: the login was not locked). */
    public record Unlocked(String accountId, int locksLifted) {}

    @Inject
    LoginLocks locks;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlock a holder's (or staff member's) login, with a reason; audited")
    @APIResponse(
            responseCode = "200",
            description = "The locks lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Unlocked")))
    @APIResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND")
    @APIResponse(responseCode = "422", description = "FIELD_REQUIRED on reason")
    public Unlocked unlock(@PathParam("accountId") String accountId, @Valid UnlockRequest request) {
        UUID id;
        try {
            id = UUID.fromString(accountId);
        } catch (IllegalArgumentException notAnId) {
            throw Rejection.notFound(Reason.ACCOUNT_NOT_FOUND);
        }
        int lifted = locks.unlock(caller.actor(), id, request == null ? null : request.reason);
        return new Unlocked(id.toString(), lifted);
    }
}
