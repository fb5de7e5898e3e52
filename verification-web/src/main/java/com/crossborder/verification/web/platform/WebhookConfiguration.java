package com.crossborder.verification.web.platform;

import com.crossborder.verification.webhook.model.RetrySchedule;
import com.crossborder.verification.webhook.model.WebhookSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How webhooks are delivered ({@code verification.webhooks.*}). */
@ApplicationScoped
public class WebhookConfiguration {

    @Inject
    @ConfigProperty(name = "verification.webhooks.first-retry-wait", defaultValue = "PT5S")
    String firstRetryWait;

    @Inject
    @ConfigProperty(name = "verification.webhooks.max-retry-wait", defaultValue = "PT1H")
    String maxRetryWait;

    @Inject
    @ConfigProperty(name = "verification.webhooks.give-up-after", defaultValue = "PT25H")
    String giveUpAfter;

    @Inject
    @ConfigProperty(name = "verification.webhooks.claim-timeout", defaultValue = "PT1M")
    String claimTimeout;

    @Inject
    @ConfigProperty(name = "verification.webhooks.allow-loopback-http", defaultValue = "false")
    boolean allowLoopbackHttp;

    @Produces
    @Singleton
    WebhookSettings webhookSettings() {
        return new WebhookSettings(
                new RetrySchedule(
                        Duration.parse(firstRetryWait), Duration.parse(maxRetryWait), Duration.parse(giveUpAfter)),
                Duration.parse(claimTimeout),
                50,
                allowLoopbackHttp);
    }
}
