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
 * The webhook outbox backlog: not ready once the oldest delivery still waiting (PENDING, first attempt or between
 * retries) was created longer ago than {@code verification.webhooks.backlog-max-age} (1 hour) — the dispatcher is
 * stuck, or a receiver has been refusing for that long.
 */
@Readiness
@ApplicationScoped
public class WebhookReadiness implements HealthCheck {

    static final String NAME = "webhook-outbox";

    @Inject
    WebhookMonitoring webhooks;

    @Inject
    @ConfigProperty(name = "verification.webhooks.backlog-max-age", defaultValue = "PT1H")
    Duration maxAge;

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
                .status(!backlog.tooOld(maxAge, now))
                .withData("pending", backlog.pending())
                .withData("oldestPendingSeconds", backlog.oldestPendingSeconds(now))
                .withData("maxAgeSeconds", maxAge.toSeconds())
                .build();
    }
}
