package com.crossborder.verification.webhook.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registered webhooks and their delivery outbox. */
public interface Webhooks {

    void add(Webhook webhook);

    Optional<Webhook> withId(UUID id);

    /** Webhooks not removed, oldest first. */
    List<Webhook> active();

    void addDelivery(WebhookDelivery delivery);

    Optional<WebhookDelivery> delivery(UUID id);

    /** A webhook's deliveries, newest first. */
    List<WebhookDelivery> deliveriesOf(UUID webhookId, int limit);

    List<WebhookDelivery> pendingOf(UUID webhookId);

    /**
     * PENDING deliveries due at {@code now} whose claim (if any) has lapsed and that have no earlier PENDING delivery
     * for the same webhook and card, oldest first.
     */
    List<UUID> due(Instant now, int limit);

    /** Claims the delivery for {@code holder} until {@code until}, if it is still PENDING and unclaimed (or lapsed). */
    boolean claim(UUID id, String holder, Instant now, Instant until);

    /** How many deliveries are in each status now (every status present, 0 when none). */
    Map<DeliveryStatus, Long> countByStatus();

    /** The PENDING deliveries, the creation time of the oldest, and since when the most overdue one is due. */
    WebhookBacklog backlog(Instant now);
}
