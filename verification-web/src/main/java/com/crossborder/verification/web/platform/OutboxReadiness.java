package com.crossborder.verification.web.platform;

import com.crossborder.verification.notification.model.OutboxBacklog;
import com.crossborder.verification.notification.usecase.OutboxSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The SMS outbox backlog: not ready once the oldest message still waiting (PENDING) was queued longer ago than
 * {@code verification.sms.backlog-max-age} (10 minutes) — the gateway is down or far behind.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxSteps outbox;

    @Inject
    @ConfigProperty(name = "verification.sms.backlog-max-age", defaultValue = "PT10M")
    Duration maxAge;

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog backlog;
        try {
            backlog = outbox.backlog();
        } catch (RuntimeException unreadable) {
            return HealthCheckResponse.named("sms-outbox")
                    .down()
                    .withData("error", unreadable.getClass().getSimpleName())
                    .build();
        }
        long oldest = backlog.oldestPendingSince() == null
                ? 0
                : Math.max(
                        0,
                        Duration.between(backlog.oldestPendingSince(), Instant.now())
                                .toSeconds());
        return HealthCheckResponse.named("sms-outbox")
                .status(oldest <= maxAge.toSeconds())
                .withData("pending", backlog.pending())
                .withData("sending", backlog.sending())
                .withData("oldestPendingSeconds", oldest)
                .withData("maxAgeSeconds", maxAge.toSeconds())
                .build();
    }
}
