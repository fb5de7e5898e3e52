package com.crossborder.verification.notification.model;

import com.crossborder.verification.shared.model.ClaimLapse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The SMS outbox. */
public interface Outbox {

    void add(OutboxMessage message);

    Optional<OutboxMessage> withId(UUID id);

    /** Ids of PENDING messages whose next attempt is due, oldest first. */
    List<UUID> due(Instant now, int limit);

    /**
     * Moves one PENDING message to SENDING and counts the attempt, in one conditional update: true for exactly
     * one of any number of racing dispatchers, which alone may hand it to the gateway.
     */
    boolean claim(UUID id, Instant now);

    /** What {@link #takeBackLapsed} did: messages queued to be sent once more, and messages given up. */
    record TakenBack(int resent, int givenUp) {}

    /**
     * Applies {@link OutboxMessage#outcomeUnknown} to every SENDING message whose claim lapsed under {@code rule}, in
     * conditional updates (a message claimed again meanwhile is left alone); commits with the caller.
     */
    TakenBack takeBackLapsed(ClaimLapse rule, Instant now);

    /** What is waiting, for readiness and metrics. */
    OutboxBacklog backlog();

    /** How many messages are in each status now. */
    Map<SmsStatus, Long> countByStatus();

    /** Remembers the gateway's id of each part, for matching delivery receipts. */
    void addParts(UUID messageId, List<String> gatewayMessageIds);

    Optional<OutboxMessage> withGatewayId(String gatewayMessageId);

    /** Messages, newest first, optionally of one status: what an operator sees (masked numbers only). */
    List<OutboxMessage> recent(SmsStatus status, int limit);

    /** The newest messages to the number with this blind index, newest first. */
    List<OutboxMessage> recentTo(String phoneIndex, int limit);
}
