package com.crossborder.verification.notification.infrastructure;

import com.crossborder.verification.notification.model.Outbox;
import com.crossborder.verification.notification.model.OutboxBacklog;
import com.crossborder.verification.notification.model.OutboxMessage;
import com.crossborder.verification.notification.model.SmsStatus;
import com.crossborder.verification.shared.model.ClaimLapse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The outbox in {@code sms_outbox}, part ids in {@code sms_outbox_part}. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<OutboxMessage> withId(UUID id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    @Override
    public List<UUID> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT m.id FROM OutboxMessage m WHERE m.status = :pending AND m.nextAttemptAt <= :now "
                                + "ORDER BY m.nextAttemptAt",
                        UUID.class)
                .setParameter("pending", SmsStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** {@link OutboxMessage#claim()} as one conditional UPDATE: of two dispatchers, one changes the row. */
    @Override
    public boolean claim(UUID id, Instant now) {
        return em.createQuery("UPDATE OutboxMessage m SET m.status = :sending, m.attempts = m.attempts + 1, "
                                + "m.claimedAt = :now, m.version = m.version + 1 "
                                + "WHERE m.id = :id AND m.status = :pending")
                        .setParameter("sending", SmsStatus.SENDING)
                        .setParameter("now", now)
                        .setParameter("pending", SmsStatus.PENDING)
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    /** {@link OutboxMessage#outcomeUnknown} for every lapsed claim, as two conditional UPDATEs. */
    @Override
    public TakenBack takeBackLapsed(ClaimLapse rule, Instant now) {
        Instant before = rule.lapsedBefore(now);
        int givenUp = em.createQuery("UPDATE OutboxMessage m SET m.status = :failed, m.claimedAt = NULL, "
                        + "m.lastError = :why, m.version = m.version + 1 WHERE m.status = :sending "
                        + "AND m.claimedAt < :before AND m.uncertainSends >= :resends")
                .setParameter("failed", SmsStatus.FAILED)
                .setParameter("why", "claim lapsed again: outcome unknown twice, not resent")
                .setParameter("sending", SmsStatus.SENDING)
                .setParameter("before", before)
                .setParameter("resends", rule.uncertainResends())
                .executeUpdate();
        int resent = em.createQuery("UPDATE OutboxMessage m SET m.status = :pending, m.claimedAt = NULL, "
                        + "m.uncertainSends = m.uncertainSends + 1, m.nextAttemptAt = :now, m.lastError = :why, "
                        + "m.version = m.version + 1 WHERE m.status = :sending AND m.claimedAt < :before "
                        + "AND m.uncertainSends < :resends")
                .setParameter("pending", SmsStatus.PENDING)
                .setParameter("now", now)
                .setParameter("why", "claim lapsed: outcome unknown, sent once more")
                .setParameter("sending", SmsStatus.SENDING)
                .setParameter("before", before)
                .setParameter("resends", rule.uncertainResends())
                .executeUpdate();
        return new TakenBack(resent, givenUp);
    }

    @Override
    public OutboxBacklog backlog() {
        Map<SmsStatus, Long> counts = countByStatus();
        // The oldest by ordering, not MIN(): on PostgreSQL an aggregate hands the converter a Timestamp it cannot read.
        Instant oldest = em
                .createQuery(
                        "SELECT m.createdAt FROM OutboxMessage m WHERE m.status = :pending ORDER BY m.createdAt",
                        Instant.class)
                .setParameter("pending", SmsStatus.PENDING)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
        return new OutboxBacklog(counts.get(SmsStatus.PENDING), counts.get(SmsStatus.SENDING), oldest);
    }

    @Override
    public Map<SmsStatus, Long> countByStatus() {
        Map<SmsStatus, Long> counts = new EnumMap<>(SmsStatus.class);
        for (SmsStatus status : SmsStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMessage m GROUP BY m.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((SmsStatus) row[0], number(row[1])));
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public void addParts(UUID messageId, List<String> gatewayMessageIds) {
        for (String gatewayId : gatewayMessageIds) {
            em.createNativeQuery("INSERT INTO sms_outbox_part (gateway_message_id, outbox_id) VALUES (?, ?)")
                    .setParameter(1, gatewayId)
                    .setParameter(2, messageId.toString())
                    .executeUpdate();
        }
    }

    @Override
    public Optional<OutboxMessage> withGatewayId(String gatewayMessageId) {
        // Ids repeat once an SMSC restarts its numbering: the receipt is for the newest message that had this one.
        List<?> owners = em.createNativeQuery(
                        "SELECT p.outbox_id FROM sms_outbox_part p JOIN sms_outbox m ON m.id = p.outbox_id "
                                + "WHERE p.gateway_message_id = ? ORDER BY m.created_at DESC")
                .setParameter(1, gatewayMessageId)
                .setMaxResults(1)
                .getResultList();
        return owners.isEmpty()
                ? Optional.empty()
                : withId(UUID.fromString(owners.get(0).toString()));
    }

    @Override
    public List<OutboxMessage> recent(SmsStatus status, int limit) {
        String where = status == null ? "" : " WHERE m.status = :status";
        var query = em.createQuery(
                        "SELECT m FROM OutboxMessage m" + where + " ORDER BY m.createdAt DESC", OutboxMessage.class)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    @Override
    public List<OutboxMessage> recentTo(String phoneIndex, int limit) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.phoneIndex = :phone ORDER BY m.createdAt DESC",
                        OutboxMessage.class)
                .setParameter("phone", phoneIndex)
                .setMaxResults(limit)
                .getResultList();
    }
}
