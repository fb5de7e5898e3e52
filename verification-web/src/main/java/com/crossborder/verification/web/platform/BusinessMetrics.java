package com.crossborder.verification.web.platform;

import com.crossborder.verification.application.model.ApplicationStatus;
import com.crossborder.verification.application.model.ApplicationTally;
import com.crossborder.verification.application.model.Channel;
import com.crossborder.verification.application.usecase.ApplicationStatistics;
import com.crossborder.verification.batch.job.NightlyJob;
import com.crossborder.verification.batch.job.RunProgress;
import com.crossborder.verification.notification.model.OutboxBacklog;
import com.crossborder.verification.notification.model.SmsStatus;
import com.crossborder.verification.notification.usecase.OutboxSteps;
import com.crossborder.verification.webhook.model.DeliveryStatus;
import com.crossborder.verification.webhook.model.WebhookBacklog;
import com.crossborder.verification.webhook.usecase.WebhookMonitoring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business as operators watch it, on {@code GET /metrics} (application scope). Application, SMS and webhook figures
 * are read from the database every 15 seconds, so every node of a cluster reports the same; job items are this
 * node's. Names are listed in the README (Operations).
 */
@ApplicationScoped
public class BusinessMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    ApplicationStatistics applications;

    @Inject
    OutboxSteps outbox;

    @Inject
    WebhookMonitoring webhooks;

    @Inject
    RunProgress progress;

    private volatile Snapshot snapshot;
    private Counter recovered;

    private record Snapshot(
            Instant at,
            ApplicationTally tally,
            Map<SmsStatus, Long> sms,
            OutboxBacklog backlog,
            Map<DeliveryStatus, Long> deliveries,
            WebhookBacklog webhookBacklog) {}

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Channel channel : Channel.values()) {
            Tag byChannel = new Tag("channel", channel.name());
            registry.gauge(
                    "verification_applications_submitted",
                    () -> read(s -> s.tally().submitted(channel)),
                    byChannel);
            for (ApplicationStatus outcome :
                    new ApplicationStatus[] {ApplicationStatus.APPROVED, ApplicationStatus.REJECTED}) {
                registry.gauge(
                        "verification_applications_decided",
                        () -> read(s -> s.tally().count(channel, outcome)),
                        byChannel,
                        new Tag("outcome", outcome.name()));
            }
        }
        registry.gauge(
                "verification_queue_depth",
                () -> read(s -> s.tally().count(ApplicationStatus.SUBMITTED)),
                new Tag("queue", "screening"));
        registry.gauge(
                "verification_queue_depth",
                () -> read(s ->
                        s.tally().count(ApplicationStatus.IN_REVIEW) + s.tally().count(ApplicationStatus.REFERRED)),
                new Tag("queue", "review"));
        registry.gauge(
                "verification_queue_depth",
                () -> read(s -> s.tally().count(ApplicationStatus.REUPLOAD_REQUESTED)),
                new Tag("queue", "reupload"));
        registry.gauge("verification_sla_breaches", () -> read(s -> s.tally().slaBreaches()));
        for (SmsStatus status : SmsStatus.values()) {
            registry.gauge(
                    "verification_sms_messages",
                    () -> read(s -> s.sms().getOrDefault(status, 0L)),
                    new Tag("status", status.name()));
        }
        registry.gauge(
                "verification_sms_oldest_pending_seconds",
                () -> read(s -> s.backlog().oldestPendingSince() == null
                        ? 0L
                        : Math.max(
                                0,
                                Duration.between(s.backlog().oldestPendingSince(), s.at())
                                        .toSeconds())));
        for (DeliveryStatus status : DeliveryStatus.values()) {
            registry.gauge(
                    "verification_webhook_deliveries",
                    () -> read(s -> s.deliveries().getOrDefault(status, 0L)),
                    new Tag("status", status.name()));
        }
        registry.gauge(
                "verification_webhook_oldest_pending_seconds",
                () -> read(s -> s.webhookBacklog().oldestPendingSeconds(s.at())));
        for (NightlyJob job : NightlyJob.values()) {
            registry.gauge(
                    "verification_job_items_processed",
                    () -> progress.total(job.jobName()),
                    new Tag("job", job.jobName()));
        }
        recovered = registry.counter("verification_job_runs_recovered");
    }

    /** A run whose node died was restarted by this node. */
    public void recovered(int runs) {
        if (recovered != null) {
            recovered.inc(runs);
        }
    }

    private Long read(ToLongFunction<Snapshot> figure) {
        Snapshot current = snapshot;
        return current == null ? 0L : figure.applyAsLong(current);
    }

    /**
     * Reads the figures from the database; called every 15 seconds by {@link MetricsRefresh} on a managed thread,
     * since the metrics endpoint reads gauges on a server thread where the application's transactions and
     * persistence context are not available.
     */
    public void refresh() {
        snapshot = new Snapshot(
                Instant.now(),
                applications.now(),
                outbox.countByStatus(),
                outbox.backlog(),
                webhooks.countByStatus(),
                webhooks.backlog());
    }
}
