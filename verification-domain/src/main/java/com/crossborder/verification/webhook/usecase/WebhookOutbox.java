package com.crossborder.verification.webhook.usecase;

import com.crossborder.verification.card.model.CardEvent;
import com.crossborder.verification.card.model.CardEvents;
import com.crossborder.verification.webhook.model.Webhook;
import com.crossborder.verification.webhook.model.WebhookDelivery;
import com.crossborder.verification.webhook.model.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes each card event into the webhook outbox, one delivery per webhook that wants it, in the transaction that
 * changed the card: a change that rolls back is never told, one that commits always is.
 */
@ApplicationScoped
public class WebhookOutbox implements CardEvents {

    private static final AtomicLong LAST_SEQ = new AtomicLong();

    @Inject
    Webhooks webhooks;

    @Override
    public void changed(CardEvent event) {
        String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String payload = payload(event);
        long seq = nextSeq(event.at());
        for (Webhook webhook : webhooks.active()) {
            if (webhook.wants(event.type())) {
                webhooks.addDelivery(new WebhookDelivery(
                        webhook.id(),
                        messageId,
                        event.type().wireName(),
                        event.cardNumber().value(),
                        seq,
                        payload,
                        event.at()));
            }
        }
    }

    /** The body: {@code {"type", "timestamp", "data": {cardNumber, verificationStatus, channel?, applicationId?}}}. */
    static String payload(CardEvent event) {
        StringBuilder data = new StringBuilder()
                .append("{\"cardNumber\":\"")
                .append(event.cardNumber().value())
                .append("\",\"verificationStatus\":\"")
                .append(event.status().name())
                .append('"');
        event.channelIfKnown()
                .ifPresent(channel ->
                        data.append(",\"channel\":\"").append(channel.name()).append('"'));
        event.applicationIdIfAny()
                .ifPresent(id -> data.append(",\"applicationId\":\"").append(id).append('"'));
        data.append('}');
        return "{\"type\":\"" + event.type().wireName() + "\",\"timestamp\":\""
                + event.at().truncatedTo(ChronoUnit.MILLIS) + "\",\"data\":" + data + "}";
    }

    /** Microseconds since the epoch, strictly increasing on this node: the order of a card's events. */
    private static long nextSeq(Instant at) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return LAST_SEQ.updateAndGet(last -> Math.max(last + 1, micros));
    }
}
