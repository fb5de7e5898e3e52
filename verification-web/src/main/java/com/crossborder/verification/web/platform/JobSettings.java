package com.crossborder.verification.web.platform;

import com.crossborder.verification.job.model.RecoveryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How a job's lease is kept alive and how soon a run whose node died is recovered. */
@ApplicationScoped
public class JobSettings {

    @Inject
    @ConfigProperty(name = "verification.jobs.lease-duration", defaultValue = "PT2M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "verification.jobs.heartbeat", defaultValue = "PT30S")
    Duration heartbeat;

    @Inject
    @ConfigProperty(name = "verification.jobs.repository-datasource", defaultValue = " ")
    String repositoryDataSource;

    @Produces
    @Singleton
    RecoveryPolicy recoveryPolicy() {
        return new RecoveryPolicy(lease, heartbeat, repositoryDataSource);
    }
}
