package com.crossborder.verification.notification.model;

import java.time.Instant;

/** Messages waiting (PENDING) and being sent (SENDING), and when the oldest waiting one was queued. */
public record OutboxBacklog(long pending, long sending, Instant oldestPendingSince) {}
