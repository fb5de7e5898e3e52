package com.crossborder.verification.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = VerificationDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(2);
        } catch (SQLException unreachable) {
            answers = false;
        }
        return HealthCheckResponse.named("database")
                .status(answers && migrations.applied())
                .withData("reachable", answers)
                .withData("migrationsApplied", migrations.applied())
                .build();
    }
}
