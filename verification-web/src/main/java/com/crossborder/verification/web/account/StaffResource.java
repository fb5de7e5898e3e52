package com.crossborder.verification.web.account;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Role;
import com.crossborder.verification.account.usecase.StaffAccounts;
import com.crossborder.verification.account.usecase.StaffEnrolment;
import com.crossborder.verification.account.usecase.StaffEnrolment.EnrolStaff;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.identity.DocumentInput;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators create accounts for outlet staff, reviewers and other administrators, and run their lifecycle. */
@Path("/v1/admin/staff")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class StaffResource {

    /** The new account; {@code outletCode} is required for outlet staff, {@code document} for everyone. */
    public static class StaffRequest {
        @NotBlank @Size(max = 64) public String username;

        @NotBlank @Size(max = 200) public String password;

        @NotBlank public String role;

        @Size(max = 32) public String outletCode;

        /** The staff member's own document, so that they can never verify themselves, online or at an outlet. */
        @NotNull @Valid public DocumentInput document;
    }

    /** A staff account; {@code status} is ACTIVE or DISABLED. */
    public record StaffAccount(
            String id, String username, String role, String outletCode, String status, boolean disabled) {

        static StaffAccount of(Account account) {
            return new StaffAccount(
                    account.id().toString(),
                    account.displayName(),
                    account.role().name(),
                    account.outletCode().orElse(null),
                    account.isDisabled() ? "DISABLED" : "ACTIVE",
                    account.isDisabled());
        }
    }

    /** Every staff account. */
    public record StaffList(List<StaffAccount> staff) {}

    /** A reset: the temporary password, shown this once. */
    public record PasswordResetDone(String id, String username, String temporaryPassword) {}

    @Inject
    StaffEnrolment enrolment;

    @Inject
    StaffAccounts lifecycle;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff, reviewer or admin account (the staff member's own document is required)")
    @APIResponse(
            responseCode = "201",
            description = "The staff account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffAccount")))
    @APIResponse(responseCode = "409", description = "USERNAME_TAKEN")
    @APIResponse(
            responseCode = "422",
            description = "OUTLET_CODE_REQUIRED, OUTLET_NOT_FOUND, ROLE_NOT_STAFF, PASSWORD_TOO_WEAK, ...")
    public Response create(@Valid StaffRequest request) {
        Role role = Arrays.stream(Role.values())
                .filter(r -> r.name().equals(request.role))
                .findFirst()
                .orElseThrow(() -> Rejection.onField("role", Reason.ROLE_NOT_STAFF));
        Account account = enrolment.enrol(
                caller.actor(),
                new EnrolStaff(
                        request.username,
                        request.password,
                        role,
                        request.outletCode,
                        request.document == null ? null : request.document.claim()));
        return Response.status(Response.Status.CREATED)
                .entity(StaffAccount.of(account))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every staff account with its role, outlet and status")
    public StaffList list() {
        return new StaffList(lifecycle.list().stream().map(StaffAccount::of).toList());
    }

    @POST
    @Path("/{id}/disable")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable a staff account: it cannot log in and its tokens stop at once")
    @APIResponse(responseCode = "403", description = "OWN_ACCOUNT_FORBIDDEN")
    @APIResponse(responseCode = "404", description = "ACCOUNT_NOT_FOUND (also for an applicant's id)")
    @APIResponse(
            responseCode = "200",
            description = "The account, disabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StaffAccount")))
    public StaffAccount disable(@PathParam("id") String id) {
        return StaffAccount.of(lifecycle.disable(caller.actor(), accountId(id)));
    }

    @POST
    @Path("/{id}/enable")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable a disabled staff account (its old tokens stay invalid)")
    public StaffAccount enable(@PathParam("id") String id) {
        return StaffAccount.of(lifecycle.enable(caller.actor(), accountId(id)));
    }

    @POST
    @Path("/{id}/password-reset")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set a temporary password, shown once; the account's tokens stop and its login locks are lifted")
    public PasswordResetDone resetPassword(@PathParam("id") String id) {
        StaffAccounts.Reset reset = lifecycle.resetPassword(caller.actor(), accountId(id));
        return new PasswordResetDone(
                reset.account().id().toString(), reset.account().displayName(), reset.temporaryPassword());
    }

    private static UUID accountId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw Rejection.notFound(Reason.ACCOUNT_NOT_FOUND);
        }
    }
}
