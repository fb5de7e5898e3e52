package com.crossborder.verification.web.platform;

import com.crossborder.verification.webhook.model.WebhookBacklog;
import com.crossborder.verification.webhook.usecase.WebhookMonitoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The webhook outbox: not ready once a delivery whose attempt is due has waited longer than
 * {@code verification.webhooks.max-overdue} (10 minutes) for a dispatcher — no node dispatches. A receiver that keeps
 * refusing leaves its deliveries waiting for their next attempt, never overdue: that shows in the data and metrics
 * ({@code oldestPendingSeconds}) but takes no node out of service (the rule: {@code WebhookBacklog}).
 */
@Readiness
@ApplicationScoped
public class WebhookReadiness implements HealthCheck {

    static final String NAME = "webhook-outbox";

    @Inject
    WebhookMonitoring webhooks;

    @Inject
    @ConfigProperty(name = "verification.webhooks.max-overdue", defaultValue = "PT10M")
    Duration maxOverdue;

    @Override
    public HealthCheckResponse call() {
        WebhookBacklog backlog;
        try {
            backlog = webhooks.backlog();
        } catch (RuntimeException unreadable) {
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", unreadable.getClass().getSimpleName())
                    .build();
        }
        Instant now = Instant.now();
        return HealthCheckResponse.named(NAME)
                .status(!backlog.stuck(maxOverdue, now))
                .withData("pending", backlog.pending())
                .withData("oldestPendingSeconds", backlog.oldestPendingSeconds(now))
                .withData("overdueSeconds", backlog.overdueSeconds(now))
                .withData("maxOverdueSeconds", maxOverdue.toSeconds())
                .build();
    }
}
