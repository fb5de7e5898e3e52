package com.crossborder.verification.web.account;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.usecase.Login;
import com.crossborder.verification.web.security.AnonymousLimits;
import com.crossborder.verification.web.security.ClientAddresses;
import com.crossborder.verification.web.security.Limited;
import com.crossborder.verification.web.security.TokenIssuer;
import com.crossborder.verification.web.security.TokenIssuer.IssuedToken;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Logging in: a login name and password for a signed access token. */
@Path("/v1/auth/token")
@RequestScoped
@PermitAll
@Tag(name = "auth")
public class TokenResource {

    /** Username is the phone number for applicants, the login name for staff. */
    public static class TokenRequest {
        @NotBlank @Size(max = 200) public String username;

        @NotBlank @Size(max = 200) public String password;
    }

    /** A bearer token and what it allows. */
    public record TokenResponse(String accessToken, String tokenType, long expiresIn, List<String> roles) {}

    @Inject
    Login login;

    @Inject
    TokenIssuer issuer;

    @Inject
    ClientAddresses clients;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in and get a bearer token")
    @APIResponse(
            responseCode = "200",
            description = "The token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenResponse")))
    @APIResponse(
            responseCode = "401",
            description = "INVALID_CREDENTIALS, the same for an unknown login and a wrong password")
    @APIResponse(responseCode = "403", description = "ACCOUNT_DISABLED (only after the right password)")
    @APIResponse(
            responseCode = "429",
            description = "LOGIN_LOCKED (failure budget of the login, the login from this address, or this address), "
                    + "TOO_MANY_REQUESTS; with Retry-After")
    @Limited(AnonymousLimits.Group.LOGIN)
    public TokenResponse issue(@Valid TokenRequest request) {
        Login.Granted granted = login.authenticate(request.username, request.password, clients.bucket(http));
        Account account = granted.account();
        IssuedToken token = issuer.issue(account, granted.issuedAt());
        return new TokenResponse(
                token.token(),
                "Bearer",
                token.lifetime().toSeconds(),
                List.of(account.role().name()));
    }
}
