package com.crossborder.verification.notification.usecase;

import com.crossborder.verification.notification.model.Outbox;
import com.crossborder.verification.notification.model.OutboxBacklog;
import com.crossborder.verification.notification.model.OutboxMessage;
import com.crossborder.verification.notification.model.OutboxPolicy;
import com.crossborder.verification.notification.model.SmsStatus;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The dispatcher's database steps, each committed on its own, so that handing a message to the gateway
 * happens between two commits and never inside a transaction that could roll back after the send.
 */
@ApplicationScoped
public class OutboxSteps {

    /** A message this dispatcher alone now owns, with what the gateway needs. */
    public record Claimed(UUID id, PhoneNumber to, String text) {}

    @Inject
    Outbox outbox;

    @Inject
    Notifications notifications;

    @Inject
    BusinessClock clock;

    @Transactional(TxType.REQUIRES_NEW)
    public List<UUID> due(int limit) {
        return outbox.due(clock.now(), limit);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(UUID id) {
        if (!outbox.claim(id, clock.now())) {
            return Optional.empty();
        }
        OutboxMessage message = outbox.withId(id).orElseThrow();
        return Optional.of(new Claimed(id, notifications.recipient(message), notifications.text(message)));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void sent(UUID id, List<String> gatewayIds, boolean deliveryReported) {
        OutboxMessage message = outbox.withId(id).orElseThrow();
        message.sent(gatewayIds.size(), deliveryReported, clock.now());
        outbox.addParts(id, gatewayIds);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void notSent(UUID id, String reason, OutboxPolicy policy) {
        outbox.withId(id).orElseThrow().notSent(reason, policy.maxAttempts(), policy.backoff(), clock.now());
    }

    /** The send's outcome is unknown: sent once more, or given up (see {@link OutboxMessage#outcomeUnknown}). */
    @Transactional(TxType.REQUIRES_NEW)
    public void outcomeUnknown(UUID id, String reason, OutboxPolicy policy) {
        outbox.withId(id).orElseThrow().outcomeUnknown(reason, policy.claimLapse(), clock.now());
    }

    /** Takes back the claims of dispatchers that died or never heard from the SMSC (see {@code ClaimLapse}). */
    @Transactional(TxType.REQUIRES_NEW)
    public Outbox.TakenBack takeBackLapsed(OutboxPolicy policy) {
        return outbox.takeBackLapsed(policy.claimLapse(), clock.now());
    }

    /** What is waiting, for readiness and metrics. */
    @Transactional(TxType.REQUIRES_NEW)
    public OutboxBacklog backlog() {
        return outbox.backlog();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Map<SmsStatus, Long> countByStatus() {
        return outbox.countByStatus();
    }

    /** A carrier's receipt for one part; unknown ids are ignored (receipts for messages sent by another system). */
    @Transactional(TxType.REQUIRED)
    public boolean receipt(String gatewayMessageId, boolean delivered) {
        Optional<OutboxMessage> message = outbox.withGatewayId(gatewayMessageId);
        message.ifPresent(m -> m.partReported(delivered, clock.now()));
        return message.isPresent();
    }
}
