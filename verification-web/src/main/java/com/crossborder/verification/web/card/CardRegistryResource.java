package com.crossborder.verification.web.card;

import com.crossborder.verification.batch.job.JobControl;
import com.crossborder.verification.batch.job.NightlyJob;
import com.crossborder.verification.card.usecase.CardRegistryImports;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.api.Answers;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin uploads the card operator's card file; the import job applies it. */
@Path("/v1/admin/card-registry/imports")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operator")
public class CardRegistryResource {

    /** The largest card file accepted in one upload (about a million lines). */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    @Inject
    CardRegistryImports imports;

    @Inject
    JobControl jobs;

    @Inject
    Caller caller;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "The operator's card file (text/csv, header card_number,check_code,status): stored, then the "
                    + "job card-registry-import applies it; 202 {executionId}; 422 CARD_FILE_INVALID for a wrong "
                    + "header; 409 JOB_ALREADY_RUNNING while an import runs")
    @APIResponse(
            responseCode = "202",
            description = "The import started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExecutionStarted")))
    @APIResponse(responseCode = "409", description = "JOB_ALREADY_RUNNING")
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE")
    @APIResponse(responseCode = "422", description = "CARD_FILE_INVALID")
    public Response upload(InputStream body) throws IOException {
        byte[] content = body.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw Rejection.tooLarge("body", Reason.PAYLOAD_TOO_LARGE);
        }
        CardRegistryImports.Received received =
                imports.receive(new String(content, StandardCharsets.UTF_8), "upload", caller.actor());
        long executionId;
        try {
            executionId = jobs.start(
                    NightlyJob.CARD_REGISTRY_IMPORT.jobName(),
                    caller.actor(),
                    Map.of("files", received.fileId().toString()));
        } catch (RuntimeException notStarted) {
            imports.discard(received.fileId());
            throw notStarted;
        }
        return Response.accepted(new Answers.ExecutionStarted(executionId)).build();
    }
}
