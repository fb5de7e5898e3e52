package com.crossborder.verification.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one database, carried by the WAR itself so that it deploys unchanged on Payara
 * Micro or a full Payara Server. URL, user and password come from MicroProfile Config
 * ({@code verification.db.*}, or the environment variables {@code VERIFICATION_DB_*}).
 */
@DataSourceDefinition(
        name = VerificationDatabase.JNDI_NAME,
        className = "com.crossborder.verification.web.platform.RoutingXADataSource",
        url = "${MPCONFIG=verification.db.url}",
        user = "${MPCONFIG=verification.db.user}",
        password = "${MPCONFIG=verification.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"
        })
@ApplicationScoped
public class VerificationDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/verification";
}
