package com.crossborder.verification.notification.usecase;

import com.crossborder.verification.notification.model.OutboxPolicy;
import com.crossborder.verification.notification.model.SmsGateway;
import com.crossborder.verification.notification.model.SmsGateway.SmsNotSentException;
import com.crossborder.verification.notification.usecase.OutboxSteps.Claimed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox messages through the configured gateway: claim (one dispatcher only), send, record.
 * A message whose send outcome could not be recorded stays SENDING and is never sent again: at most once.
 */
@ApplicationScoped
public class SmsDispatch {

    private static final Logger LOG = Logger.getLogger(SmsDispatch.class.getName());

    @Inject
    OutboxSteps steps;

    @Inject
    SmsGateway gateway;

    @Inject
    OutboxPolicy policy;

    /** Sends what is due now; returns how many the gateway accepted. */
    public int dispatchDue() {
        List<UUID> due = steps.due(policy.batchSize());
        int accepted = 0;
        for (UUID id : due) {
            Optional<Claimed> claimed = steps.claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            List<String> gatewayIds;
            try {
                gatewayIds = gateway.send(claimed.get().to(), claimed.get().text());
            } catch (SmsNotSentException refused) {
                // Certainly not sent: try again later.
                LOG.info(() ->
                        "SMS " + id + " to " + claimed.get().to().masked() + " not sent: " + refused.getMessage());
                steps.notSent(id, refused.getMessage(), policy);
                continue;
            } catch (RuntimeException unknown) {
                // Perhaps sent, perhaps not: sending again could duplicate it, so it is given up.
                LOG.log(Level.WARNING, "SMS " + id + " failed with an unknown outcome; not retried", unknown);
                steps.lost(id, unknown.getClass().getSimpleName());
                continue;
            }
            // Should this record fail, the message stays SENDING and is never handed over again.
            steps.sent(id, gatewayIds, gateway.reportsDelivery());
            accepted++;
        }
        return accepted;
    }
}
