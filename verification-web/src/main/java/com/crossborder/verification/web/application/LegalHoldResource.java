package com.crossborder.verification.web.application;

import com.crossborder.verification.retention.usecase.Retention;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators keep an application's images past the retention period (legal hold), or release them. */
@Path("/v1/admin/applications/{id}/legal-hold")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class LegalHoldResource {

    /** {@code {"hold": true}} places the hold, {@code false} releases it; read as it was sent, to be checked strictly. */
    public static class HoldRequest {
        public JsonValue hold;
    }

    @Inject
    Retention retention;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place or release a legal hold on an application's images")
    public Map<String, Object> hold(@PathParam("id") String id, HoldRequest request) {
        var application = retention.legalHold(caller.actor(), ApplicationResource.uuid(id), hold(request));
        return Map.of("id", application.id().toString(), "legalHold", application.underLegalHold());
    }

    /** Only JSON's true and false: a string "yes" must not quietly release a hold. */
    private static boolean hold(HoldRequest request) {
        JsonValue hold = request == null ? null : request.hold;
        if (hold == null || hold.getValueType() == JsonValue.ValueType.NULL) {
            throw Rejection.onField("hold", Reason.FIELD_REQUIRED);
        }
        if (hold.getValueType() != JsonValue.ValueType.TRUE && hold.getValueType() != JsonValue.ValueType.FALSE) {
            throw Rejection.onField("hold", Reason.FIELD_INVALID);
        }
        return hold.getValueType() == JsonValue.ValueType.TRUE;
    }
}
