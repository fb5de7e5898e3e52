package com.crossborder.verification.webhook.infrastructure;

import com.crossborder.verification.webhook.model.DeliveryStatus;
import com.crossborder.verification.webhook.model.Webhook;
import com.crossborder.verification.webhook.model.WebhookBacklog;
import com.crossborder.verification.webhook.model.WebhookDelivery;
import com.crossborder.verification.webhook.model.Webhooks;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Webhooks in {@code webhook}, the outbox in {@code webhook_delivery}. */
@ApplicationScoped
public class JpaWebhooks implements Webhooks {

    /** The key of the active webhooks read once in a transaction. */
    private static final Object ACTIVE = new Object();

    /** Marks the active webhooks as read anew (one was added in this transaction). */
    private static final Object UNREAD = new Object();

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    /** Null outside a container (the webhooks then read every time). */
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public void add(Webhook webhook) {
        em.persist(webhook);
        if (inTransaction()) {
            transactions.putResource(ACTIVE, UNREAD);
        }
    }

    @Override
    public Optional<Webhook> withId(UUID id) {
        return Optional.ofNullable(em.find(Webhook.class, id));
    }

    /**
     * Asked once per card event, so read once per transaction (a nightly chunk refuses dozens of cards): the rows stay
     * locked by nobody, and a webhook added or deleted meanwhile by an operator is told of the next transaction's events.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Webhook> active() {
        if (!inTransaction()) {
            return readActive();
        }
        Object read = transactions.getResource(ACTIVE);
        if (read instanceof List<?> webhooks) {
            return (List<Webhook>) webhooks;
        }
        List<Webhook> webhooks = readActive();
        transactions.putResource(ACTIVE, webhooks);
        return webhooks;
    }

    private List<Webhook> readActive() {
        // Inside chunks with many changes pending: no flush needed to read webhooks.
        return List.copyOf(
                em.createQuery("SELECT w FROM Webhook w WHERE w.deletedAt IS NULL ORDER BY w.createdAt", Webhook.class)
                        .setFlushMode(FlushModeType.COMMIT)
                        .getResultList());
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionKey() != null;
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
