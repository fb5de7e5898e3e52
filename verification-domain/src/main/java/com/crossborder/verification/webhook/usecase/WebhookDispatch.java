package com.crossborder.verification.webhook.usecase;

import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.WebhookSignature;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.webhook.model.Webhook;
import com.crossborder.verification.webhook.model.WebhookDelivery;
import com.crossborder.verification.webhook.model.WebhookSender;
import com.crossborder.verification.webhook.model.WebhookSettings;
import com.crossborder.verification.webhook.model.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Delivers due webhook deliveries after their transactions committed: claim one (a claim lapses after the configured
 * timeout, so a crashed node's deliveries are taken back), sign and POST it outside any transaction, record the answer.
 * At least once: a receiver may see a {@code webhook-id} again (after a crash between sending and recording) and should
 * ignore repeats.
 */
@ApplicationScoped
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());
    static final String SECRET_CONTEXT = "webhook-secret";

    /** What one attempt needs, read in the claim's transaction. */
    record Attempt(UUID deliveryId, String url, String secret, String messageId, String payload) {}

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @Inject
    FieldCipher cipher;

    @Inject
    BusinessClock clock;

    @Inject
    WebhookDispatch self;

    private final String node = UUID.randomUUID().toString();

    /** Sends what is due now; returns how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        for (UUID id : self.due()) {
            Optional<Attempt> attempt = self.claim(id);
            if (attempt.isEmpty()) {
                continue;
            }
            long timestamp = clock.now().getEpochSecond();
            Attempt a = attempt.get();
            WebhookSender.Answer answer = sender.post(
                    a.url(),
                    Map.of(
                            "webhook-id", a.messageId(),
                            "webhook-timestamp", Long.toString(timestamp),
                            "webhook-signature",
                                    WebhookSignature.sign(a.secret(), a.messageId(), timestamp, a.payload()),
                            "Content-Type", "application/json"),
                    a.payload());
            self.record(id, answer);
            if (answer.success()) {
                delivered++;
            } else {
                LOG.info(() -> "Webhook delivery " + id + " (" + a.messageId() + ") failed: "
                        + (answer.status() == null ? answer.error() : "HTTP " + answer.status()));
            }
        }
        return delivered;
    }

    @Transactional
    public List<UUID> due() {
        return webhooks.due(clock.now(), settings.batchSize());
    }

    @Transactional
    public Optional<Attempt> claim(UUID id) {
        Instant now = clock.now();
        if (!webhooks.claim(id, node, now, now.plus(settings.claimTimeout()))) {
            return Optional.empty();
        }
        WebhookDelivery delivery = webhooks.delivery(id).orElseThrow();
        Webhook webhook = webhooks.withId(delivery.webhookId()).orElse(null);
        if (webhook == null || webhook.isDeleted()) {
            delivery.cancelled();
            return Optional.empty();
        }
        return Optional.of(new Attempt(
                id,
                webhook.url(),
                cipher.decryptText(webhook.secretEncrypted(), SECRET_CONTEXT),
                delivery.messageId(),
                delivery.payload()));
    }

    @Transactional
    public void record(UUID id, WebhookSender.Answer answer) {
        webhooks.delivery(id).ifPresent(delivery -> {
            if (answer.success()) {
                delivery.delivered(answer.status(), clock.now());
            } else {
                delivery.failed(answer.status(), answer.error(), settings.retries(), clock.now());
            }
        });
    }
}
