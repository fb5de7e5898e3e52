package com.crossborder.verification.web.notification;

import com.crossborder.verification.notification.usecase.SmsDispatch;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every two seconds, hands due outbox messages to the gateway. Runs on every node; the outbox's claim makes
 * sure each message goes out at most once however many dispatchers race.
 */
@Singleton
public class OutboxDispatcher {

    @Inject
    SmsDispatch dispatch;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatchDue() {
        // A slow gateway must not stack up timer runs on this node.
        if (running.compareAndSet(false, true)) {
            try {
                dispatch.dispatchDue();
            } finally {
                running.set(false);
            }
        }
    }
}
