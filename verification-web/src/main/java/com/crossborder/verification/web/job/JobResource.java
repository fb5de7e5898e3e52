package com.crossborder.verification.web.job;

import com.crossborder.verification.batch.job.JobControl;
import com.crossborder.verification.batch.job.JobControl.ExecutionView;
import com.crossborder.verification.batch.job.NightlyJob;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.api.Answers;
import com.crossborder.verification.web.card.CardFileInbox;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators start, watch, stop and restart the nightly batch jobs. */
@Path("/v1/admin/jobs")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
public class JobResource {

    /** A job an operator can run, and when it runs by itself each night (HH:mm in the business time zone). */
    public record JobDescription(String jobName, String description, String nightlyAt, String timeZone) {}

    private static final int MAX_EXECUTIONS = 50;

    @Inject
    JobControl jobs;

    @Inject
    NightlySchedule schedule;

    @Inject
    Caller caller;

    @Inject
    CardFileInbox inbox;

    @GET
    @Operation(summary = "The batch jobs and when each runs by itself every night")
    public List<JobDescription> list() {
        return Arrays.stream(NightlyJob.values())
                .map(job -> new JobDescription(
                        job.jobName(),
                        job.description(),
                        schedule.timeOf(job).toString(),
                        schedule.zone().getId()))
                .toList();
    }

    @GET
    @Path("/{jobName}/executions")
    @Operation(
            summary = "The job's latest runs, newest first, each with its report (status, step metrics, outcomes, "
                    + "items per second); size 1-50, default 10")
    public List<ExecutionView> executions(
            @PathParam("jobName") String jobName, @QueryParam("size") @DefaultValue("10") String size) {
        int limit;
        try {
            limit = Integer.parseInt(size);
        } catch (NumberFormatException notANumber) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_EXECUTIONS) {
            throw Rejection.onField("size", Reason.INVALID_QUERY_PARAMETER);
        }
        return jobs.executions(jobName, limit);
    }

    @POST
    @Path("/{jobName}/executions")
    @Operation(
            summary = "Start a job now (optional chunkSize, partitions 1-16 for pending-review, and failAfter for "
                    + "restart drills); 409 JOB_ALREADY_RUNNING")
    @APIResponse(
            responseCode = "202",
            description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExecutionStarted")))
    @APIResponse(responseCode = "404", description = "JOB_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "JOB_ALREADY_RUNNING (here, or another node holds the lease)")
    public Response start(
            @PathParam("jobName") String jobName,
            @QueryParam("chunkSize") String chunkSize,
            @QueryParam("partitions") String partitions,
            @QueryParam("failAfter") String failAfter) {
        Map<String, String> parameters = new HashMap<>();
        if (chunkSize != null) {
            parameters.put("chunkSize", chunkSize);
        }
        if (partitions != null) {
            parameters.put("partitions", partitions);
        }
        if (failAfter != null) {
            parameters.put("failAfter", failAfter);
        }
        // The card file import started by hand takes what waits in the inbox, as the nightly run does.
        long executionId = NightlyJob.CARD_REGISTRY_IMPORT.jobName().equals(jobName) && parameters.isEmpty()
                ? inbox.importWaiting(caller.actor())
                : jobs.start(jobName, caller.actor(), parameters);
        return Response.accepted(new Answers.ExecutionStarted(executionId)).build();
    }

    @GET
    @Path("/executions/{executionId}")
    @Operation(summary = "A run: status, step metrics and report")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExecutionView")))
    @APIResponse(responseCode = "404", description = "JOB_EXECUTION_NOT_FOUND")
    public ExecutionView execution(@PathParam("executionId") String executionId) {
        return jobs.execution(id(executionId));
    }

    @POST
    @Path("/executions/{executionId}/stop")
    @Operation(summary = "Stop a running job")
    @APIResponse(
            responseCode = "202",
            description = "Stopping",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExecutionView")))
    @APIResponse(responseCode = "404", description = "JOB_EXECUTION_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "JOB_NOT_RUNNING")
    public Response stop(@PathParam("executionId") String executionId) {
        jobs.stop(id(executionId), caller.actor());
        return Response.accepted(jobs.execution(id(executionId))).build();
    }

    @POST
    @Path("/executions/{executionId}/restart")
    @Operation(summary = "Restart a stopped or failed run from its last checkpoint")
    @APIResponse(
            responseCode = "202",
            description = "The new run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExecutionStarted")))
    @APIResponse(responseCode = "404", description = "JOB_EXECUTION_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "JOB_NOT_RESTARTABLE, JOB_ALREADY_RUNNING")
    public Response restart(@PathParam("executionId") String executionId) {
        long restarted = jobs.restart(id(executionId), caller.actor());
        return Response.accepted(new Answers.ExecutionStarted(restarted)).build();
    }

    private static long id(String executionId) {
        try {
            return Long.parseLong(executionId);
        } catch (NumberFormatException notANumber) {
            throw Rejection.notFound(Reason.JOB_EXECUTION_NOT_FOUND);
        }
    }
}
