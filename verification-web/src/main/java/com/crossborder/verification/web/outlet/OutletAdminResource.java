package com.crossborder.verification.web.outlet;

import com.crossborder.verification.outlet.model.Outlet;
import com.crossborder.verification.outlet.usecase.OutletOffice;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators manage service outlets. */
@Path("/v1/admin/outlets")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class OutletAdminResource {

    /** A new outlet; the time zone defaults to the business time zone. */
    public static class OutletRequest {
        @NotBlank @Size(max = 32) public String code;

        @NotBlank @Size(max = 100) public String name;

        @NotBlank @Size(max = 300) public String address;

        @Size(max = 40) public String timeZone;
    }

    /** An outlet. */
    public record OutletView(String code, String name, String address, String timeZone) {
        static OutletView of(Outlet outlet) {
            return new OutletView(
                    outlet.code(),
                    outlet.name(),
                    outlet.address(),
                    outlet.timeZone().getId());
        }
    }

    @Inject
    OutletOffice office;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an outlet; 409 OUTLET_CODE_TAKEN")
    @APIResponse(
            responseCode = "201",
            description = "The outlet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OutletView")))
    @APIResponse(responseCode = "409", description = "OUTLET_CODE_TAKEN")
    public Response open(@Valid OutletRequest request) {
        Outlet outlet = office.open(caller.actor(), request.code, request.name, request.address, request.timeZone);
        return Response.status(Response.Status.CREATED)
                .entity(OutletView.of(outlet))
                .build();
    }

    @GET
    @Operation(summary = "All outlets")
    public List<OutletView> list() {
        return office.outlets().stream().map(OutletView::of).toList();
    }
}
