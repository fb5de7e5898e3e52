package com.crossborder.verification.web.platform;

import com.crossborder.verification.retention.model.RetentionPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long document images are kept after the final decision. */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "verification.retention.days", defaultValue = "180")
    int days;

    @Produces
    @Singleton
    RetentionPeriod retentionPeriod() {
        if (days < 1) {
            throw new IllegalStateException("verification.retention.days must be at least 1");
        }
        return new RetentionPeriod(Duration.ofDays(days));
    }
}
