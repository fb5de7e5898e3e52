package com.crossborder.verification.web.platform;

import com.crossborder.verification.notification.model.OutboxPolicy;
import com.crossborder.verification.shared.model.ClaimLapse;
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

    /** How long a claim (SENDING) holds before it lapses and the resend rule applies; longer than any send takes. */
    @Inject
    @ConfigProperty(name = "verification.sms.claim-timeout", defaultValue = "PT5M")
    Duration claimTimeout;

    @Produces
    @Singleton
    OutboxPolicy outboxPolicy() {
        return new OutboxPolicy(
                maxAttempts,
                retryBackoff,
                OutboxPolicy.DEFAULT.batchSize(),
                new ClaimLapse(claimTimeout, ClaimLapse.DEFAULT.uncertainResends()));
    }
}
