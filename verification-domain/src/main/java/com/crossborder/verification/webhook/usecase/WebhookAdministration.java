package com.crossborder.verification.webhook.usecase;

import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.CardEvent;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.crypto.WebhookSignature;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.webhook.model.Webhook;
import com.crossborder.verification.webhook.model.WebhookDelivery;
import com.crossborder.verification.webhook.model.WebhookSettings;
import com.crossborder.verification.webhook.model.WebhookUrl;
import com.crossborder.verification.webhook.model.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Admin registers, lists, removes webhooks, rotates their secrets, reads their deliveries and delivers again. */
@ApplicationScoped
public class WebhookAdministration {

    /** A webhook just registered or whose secret was just rotated: the only time the secret is shown. */
    public record WithSecret(Webhook webhook, String secret) {}

    private final SecureRandom random = new SecureRandom();

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookSettings settings;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public WithSecret register(Actor admin, String rawUrl, List<String> eventNames) {
        WebhookUrl url = WebhookUrl.parse(rawUrl, settings.allowLoopbackHttp());
        Set<CardEvent.Type> events = EnumSet.noneOf(CardEvent.Type.class);
        if (eventNames != null) {
            for (String name : eventNames) {
                events.add(CardEvent.Type.ofWireName(name)
                        .orElseThrow(() -> Rejection.onField("events", Reason.WEBHOOK_EVENT_UNKNOWN)));
            }
        }
        String secret = WebhookSignature.newSecret(random);
        Webhook webhook =
                new Webhook(url, events, cipher.encryptText(secret, WebhookDispatch.SECRET_CONTEXT), clock.now());
        webhooks.add(webhook);
        audit.record(
                admin,
                "WEBHOOK_REGISTERED",
                "Webhook",
                webhook.id().toString(),
                "url=" + webhook.url() + " events=" + webhook.events());
        return new WithSecret(webhook, secret);
    }

    @Transactional
    public List<Webhook> list() {
        return webhooks.active();
    }

    @Transactional
    public void remove(Actor admin, UUID id) {
        Webhook webhook = find(id);
        webhook.deleted(clock.now());
        webhooks.pendingOf(id).forEach(WebhookDelivery::cancelled);
        audit.record(admin, "WEBHOOK_REMOVED", "Webhook", id.toString(), "url=" + webhook.url());
    }

    /** A new secret replaces the old one at once: deliveries from now on are signed with it. */
    @Transactional
    public WithSecret rotateSecret(Actor admin, UUID id) {
        Webhook webhook = find(id);
        String secret = WebhookSignature.newSecret(random);
        webhook.secretRotated(cipher.encryptText(secret, WebhookDispatch.SECRET_CONTEXT));
        audit.record(admin, "WEBHOOK_SECRET_ROTATED", "Webhook", id.toString(), "");
        return new WithSecret(webhook, secret);
    }

    @Transactional
    public List<WebhookDelivery> deliveries(UUID id, int limit) {
        find(id);
        return webhooks.deliveriesOf(id, limit);
    }

    /** Delivers again (a new round of attempts with the same webhook-id); a pending one is left as it is. */
    @Transactional
    public WebhookDelivery redeliver(Actor admin, UUID id, UUID deliveryId) {
        find(id);
        WebhookDelivery delivery = webhooks.delivery(deliveryId)
                .filter(found -> found.webhookId().equals(id))
                .orElseThrow(() -> Rejection.notFound(Reason.WEBHOOK_DELIVERY_NOT_FOUND));
        delivery.redeliver(clock.now());
        audit.record(
                admin, "WEBHOOK_REDELIVERY", "WebhookDelivery", deliveryId.toString(), "id=" + delivery.messageId());
        return delivery;
    }

    private Webhook find(UUID id) {
        return webhooks.withId(id)
                .filter(webhook -> !webhook.isDeleted())
                .orElseThrow(() -> Rejection.notFound(Reason.WEBHOOK_NOT_FOUND));
    }
}
