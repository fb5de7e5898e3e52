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
                                        + "Errors are application/problem+json with a stable code."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class RestApplication extends Application {}
