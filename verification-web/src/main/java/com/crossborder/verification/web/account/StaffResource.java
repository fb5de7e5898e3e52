package com.crossborder.verification.web.account;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Role;
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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Administrators create accounts for outlet staff, reviewers and other administrators. */
@Path("/v1/admin/staff")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
public class StaffResource {

    /** The new account; {@code outletCode} is required for outlet staff. */
    public static class StaffRequest {
        @NotBlank @Size(max = 64) public String username;

        @NotBlank @Size(max = 200) public String password;

        @NotBlank public String role;

        @Size(max = 32) public String outletCode;

        /** The staff member's own document, so that they can never verify themselves at an outlet. */
        @Valid public DocumentInput document;
    }

    /** The created account. */
    public record StaffAccount(String id, String username, String role, String outletCode) {}

    @Inject
    StaffEnrolment enrolment;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff, reviewer or admin account")
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
                .entity(new StaffAccount(
                        account.id().toString(),
                        account.displayName(),
                        account.role().name(),
                        account.outletCode().orElse(null)))
                .build();
    }
}
