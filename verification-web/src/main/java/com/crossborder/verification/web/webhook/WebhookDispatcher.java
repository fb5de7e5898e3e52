package com.crossborder.verification.web.webhook;

import com.crossborder.verification.webhook.usecase.WebhookDispatch;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, delivers due webhook deliveries. Runs on every node; a delivery's claim lets one node send it, and
 * lapses if that node dies, so another takes it back.
 */
@Singleton
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Inject
    WebhookDispatch dispatch;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        // A slow receiver must not stack up timer runs on this node.
        if (running.compareAndSet(false, true)) {
            try {
                dispatch.deliverDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook delivery pass failed; the next pass tries again", e);
            } finally {
                running.set(false);
            }
        }
    }
}
