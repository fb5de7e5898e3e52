package com.crossborder.verification.webhook.infrastructure;

import com.crossborder.verification.webhook.model.DeliveryStatus;
import com.crossborder.verification.webhook.model.Webhook;
import com.crossborder.verification.webhook.model.WebhookBacklog;
import com.crossborder.verification.webhook.model.WebhookDelivery;
import com.crossborder.verification.webhook.model.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Webhooks in {@code webhook}, the outbox in {@code webhook_delivery}. */
@ApplicationScoped
public class JpaWebhooks implements Webhooks {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(Webhook webhook) {
        em.persist(webhook);
    }

    @Override
    public Optional<Webhook> withId(UUID id) {
        return Optional.ofNullable(em.find(Webhook.class, id));
    }

    @Override
    public List<Webhook> active() {
        // Asked once per card event, inside chunks with many changes pending: no flush needed to read webhooks.
        return em.createQuery("SELECT w FROM Webhook w WHERE w.deletedAt IS NULL ORDER BY w.createdAt", Webhook.class)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
    }

    @Override
    public void addDelivery(WebhookDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public Optional<WebhookDelivery> delivery(UUID id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    @Override
    public List<WebhookDelivery> deliveriesOf(UUID webhookId, int limit) {
        return em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :webhook ORDER BY d.seq DESC",
                        WebhookDelivery.class)
                .setParameter("webhook", webhookId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<WebhookDelivery> pendingOf(UUID webhookId) {
        return em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :webhook AND d.status = :pending",
                        WebhookDelivery.class)
                .setParameter("webhook", webhookId)
                .setParameter("pending", DeliveryStatus.PENDING)
                .getResultList();
    }

    @Override
    public List<UUID> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT d.id FROM WebhookDelivery d WHERE d.status = :pending AND d.nextAttemptAt <= :now "
                                + "AND (d.claimedUntil IS NULL OR d.claimedUntil < :now) "
                                + "AND NOT EXISTS (SELECT e.id FROM WebhookDelivery e WHERE e.webhookId = d.webhookId "
                                + "AND e.cardNumber = d.cardNumber AND e.status = :pending AND e.seq < d.seq) "
                                + "ORDER BY d.nextAttemptAt, d.seq",
                        UUID.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** One conditional UPDATE: of two dispatchers, one claims the row. */
    @Override
    public boolean claim(UUID id, String holder, Instant now, Instant until) {
        return em.createQuery("UPDATE WebhookDelivery d SET d.claimedUntil = :until, d.claimedBy = :holder, "
                                + "d.version = d.version + 1 WHERE d.id = :id AND d.status = :pending "
                                + "AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
                        .setParameter("until", until)
                        .setParameter("holder", holder)
                        .setParameter("id", id)
                        .setParameter("pending", DeliveryStatus.PENDING)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    @Override
    public Map<DeliveryStatus, Long> countByStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT d.status, COUNT(d) FROM WebhookDelivery d GROUP BY d.status", Object[].class)
                .getResultList()
                .forEach(
                        row -> counts.put((DeliveryStatus) row[0], row[1] == null ? 0 : ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public WebhookBacklog backlog(Instant now) {
        long pending = em.createQuery("SELECT COUNT(d) FROM WebhookDelivery d WHERE d.status = :pending", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .getSingleResult();
        // The oldest by ordering, not MIN(): on PostgreSQL an aggregate hands the converter a Timestamp it cannot read.
        Instant oldest = em
                .createQuery(
                        "SELECT d.createdAt FROM WebhookDelivery d WHERE d.status = :pending ORDER BY d.createdAt",
                        Instant.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        Instant oldestDue = em
                .createQuery(
                        "SELECT d.nextAttemptAt FROM WebhookDelivery d WHERE d.status = :pending"
                                + " AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt",
                        Instant.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        return new WebhookBacklog(pending, oldest, oldestDue);
    }
}
