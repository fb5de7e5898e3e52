package com.crossborder.verification.web.account;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.SmsCodePurpose;
import com.crossborder.verification.account.usecase.ApplicantRegistration;
import com.crossborder.verification.account.usecase.PasswordReset;
import com.crossborder.verification.account.usecase.SmsCodeRequests;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.api.Answers;
import com.crossborder.verification.web.security.AnonymousLimits.Group;
import com.crossborder.verification.web.security.Caller;
import com.crossborder.verification.web.security.ClientAddresses;
import com.crossborder.verification.web.security.Limited;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Card holders: one-time codes by SMS, registration with a phone number, and password reset. */
@Path("/v1")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class ApplicantAccountResource {

    /** A code for a number: {@code purpose} is REGISTER or RESET_PASSWORD. */
    public static class SmsCodeRequest {
        @NotBlank @Size(max = 40) public String phone;

        @NotBlank @Size(max = 20) public String purpose;
    }

    /** A new applicant account. */
    public static class RegistrationRequest {
        @NotBlank @Size(max = 40) public String phone;

        @NotBlank @Size(max = 200) public String password;

        @NotBlank @Size(max = 12) public String code;
    }

    /** A new password, proven by a reset code. */
    public static class PasswordResetRequest {
        @NotBlank @Size(max = 40) public String phone;

        @NotBlank @Size(max = 12) public String code;

        @NotBlank @Size(max = 200) public String newPassword;
    }

    /** Customer service starts a reset for this number. */
    public static class StaffResetRequest {
        @NotBlank @Size(max = 40) public String phone;
    }

    /** The created account; the phone number only masked. */
    @Schema(name = "RegisteredAccount")
    public record RegisteredAccount(String id, String username, String role) {}

    @Inject
    SmsCodeRequests codeRequests;

    @Inject
    ApplicantRegistration registration;

    @Inject
    PasswordReset passwordReset;

    @Inject
    Caller caller;

    @Inject
    ClientAddresses clients;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/auth/sms-codes")
    @PermitAll
    @Operation(
            summary = "Send a one-time code by SMS; 202 {status, retryAfter} (seconds until the next code, also as the"
                    + " Retry-After header) whether or not the number is registered; 429 when limits hit")
    @Limited(Group.SMS_CODES)
    @APIResponse(
            responseCode = "202",
            description = "Sent, or not (the same answer for any number)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CodeAccepted")))
    @APIResponse(responseCode = "422", description = "SMS_CODE_PURPOSE_INVALID, or a phone number that is not one")
    @APIResponse(
            responseCode = "429",
            description = "SMS_RATE_LIMITED, SMS_CLIENT_LIMIT or TOO_MANY_REQUESTS; with Retry-After")
    public Response smsCode(@Valid SmsCodeRequest request) {
        SmsCodePurpose purpose = Arrays.stream(SmsCodePurpose.values())
                .filter(p -> p != SmsCodePurpose.CARD_CLAIM && p.name().equals(request.purpose))
                .findFirst()
                .orElseThrow(() -> Rejection.onField("purpose", Reason.SMS_CODE_PURPOSE_INVALID));
        long wait = Math.max(
                1,
                codeRequests
                        .request(
                                request.phone,
                                purpose,
                                clients.bucket(http),
                                Language.fromAcceptLanguage(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                                        .orElse(Language.DEFAULT))
                        .toSeconds());
        // The wait before the next code, as a header (like a 429's) and in the body for clients that read only JSON.
        return Response.accepted(new Answers.CodeAccepted("ACCEPTED", wait))
                .header("Retry-After", wait)
                .build();
    }

    @POST
    @Path("/accounts")
    @PermitAll
    @Operation(summary = "Register an applicant account with a phone number, a password and a REGISTER code")
    @Limited(Group.REGISTRATION)
    @APIResponse(
            responseCode = "201",
            description = "The applicant account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisteredAccount")))
    @APIResponse(responseCode = "409", description = "PHONE_ALREADY_REGISTERED")
    @APIResponse(responseCode = "422", description = "SMS_CODE_INVALID, SMS_CODE_EXPIRED, PASSWORD_TOO_WEAK, ...")
    @APIResponse(responseCode = "429", description = "TOO_MANY_REQUESTS; with Retry-After")
    public Response register(@Valid RegistrationRequest request) {
        Account account = registration.register(request.phone, request.password, request.code);
        return Response.status(Response.Status.CREATED)
                .entity(new RegisteredAccount(
                        account.id().toString(),
                        account.displayName(),
                        account.role().name()))
                .build();
    }

    @POST
    @Path("/auth/password-reset")
    @PermitAll
    @Operation(summary = "Set a new password with a RESET_PASSWORD code; tokens issued before stop working")
    @Limited(Group.PASSWORD_RESET)
    @APIResponse(responseCode = "204", description = "Changed; tokens issued before stop working")
    @APIResponse(responseCode = "422", description = "SMS_CODE_INVALID, SMS_CODE_EXPIRED, PASSWORD_TOO_WEAK, ...")
    @APIResponse(responseCode = "429", description = "TOO_MANY_REQUESTS; with Retry-After")
    public Response resetPassword(@Valid PasswordResetRequest request) {
        passwordReset.reset(request.phone, request.code, request.newPassword);
        return Response.noContent().build();
    }

    @POST
    @Path("/admin/password-resets")
    @RolesAllowed("ADMIN")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Customer service: send the holder of this number a password reset code")
    @APIResponse(
            responseCode = "202",
            description = "A code is on its way if the number is registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Accepted")))
    public Response startReset(@Valid StaffResetRequest request) {
        codeRequests.startPasswordReset(caller.actor(), request.phone);
        return Response.accepted(Answers.Accepted.ACCEPTED).build();
    }
}
