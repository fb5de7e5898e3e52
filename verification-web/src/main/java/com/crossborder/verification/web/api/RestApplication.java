package com.crossborder.verification.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API under {@code /api}; every resource path starts with {@code /v1}. Bearer tokens are MicroProfile JWTs. */
/* A CDI bean, so that Payara's MicroProfile JWT extension sees its @LoginConfig. */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"APPLICANT", "OUTLET_STAFF", "REVIEWER", "ADMIN", "OPERATOR", "CUSTOMER_SERVICE"})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Cross-border card real-name verification",
                        version = "1",
                        description =
                                "One API for the mobile app, outlet terminals, the back-office console and scripts. "
                                        + "Errors are application/problem+json with a stable code (schema Problem). "
                                        + "Sign in with POST /api/v1/auth/token and send the token as "
                                        + "Authorization: Bearer followed by the token."),
        tags = {
            @Tag(name = "auth", description = "Tokens, SMS codes, registration and password resets"),
            @Tag(name = "account", description = "The calling account: who am I, language, password"),
            @Tag(name = "cards", description = "An applicant's cards and claims of cards verified at an outlet"),
            @Tag(name = "applications", description = "The online verification: photos, identity, submit"),
            @Tag(name = "documents", description = "Checking a document without storing it"),
            @Tag(name = "review", description = "The back office: queue, claims, photos, decisions"),
            @Tag(name = "outlet", description = "Verification at a counter, letters and the outlet's day"),
            @Tag(name = "support", description = "Customer service: holder lookups, unlocks, reset codes"),
            @Tag(name = "admin", description = "Staff, outlets, holidays, legal holds and the audit trail"),
            @Tag(name = "operator", description = "The card operator: card status and the card registry file"),
            @Tag(name = "webhooks", description = "Webhooks to the operator's systems and their deliveries"),
            @Tag(name = "jobs", description = "The nightly batch jobs: start, watch, stop, restart")
        })
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "A token from POST /api/v1/auth/token (RS256 MicroProfile JWT)")
public class RestApplication extends Application {}
