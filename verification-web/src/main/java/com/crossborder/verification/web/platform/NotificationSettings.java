package com.crossborder.verification.web.platform;

import com.crossborder.verification.notification.model.OutboxPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often and how patiently queued SMS are delivered. */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "verification.sms.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "verification.sms.retry-backoff", defaultValue = "PT5S")
    Duration retryBackoff;

    @Produces
    @Singleton
    OutboxPolicy outboxPolicy() {
        return new OutboxPolicy(maxAttempts, retryBackoff, OutboxPolicy.DEFAULT.batchSize());
    }
}
