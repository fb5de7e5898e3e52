package com.crossborder.verification.notification.usecase;

import com.crossborder.verification.notification.model.Outbox;
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
 *
 * <p>The resend rule for an unknown outcome. A message whose send ended with no clear answer — the gateway failed
 * half-way (some parts taken), or the dispatcher died between the hand-over and the record, so that its claim
 * (SENDING) lapsed after {@code verification.sms.claim-timeout} — is sent <em>once more</em>, and given up (FAILED)
 * should that outcome be unknown again. So a holder gets a text at most twice, never three times, and a message is
 * never stuck. SMPP 3.4 has no idempotency key; the resend carries the same {@code user_message_reference} (derived
 * from the outbox id) so that an SMSC that deduplicates on it can drop the copy. Every pass first takes back the
 * claims that lapsed, on whichever node runs it.
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
        Outbox.TakenBack takenBack = steps.takeBackLapsed(policy);
        if (takenBack.resent() + takenBack.givenUp() > 0) {
            LOG.warning(() -> "SMS claims lapsed (dispatcher died or SMSC silent): " + takenBack.resent()
                    + " sent once more, " + takenBack.givenUp() + " given up after a second unknown outcome");
        }
        List<UUID> due = steps.due(policy.batchSize());
        int accepted = 0;
        for (UUID id : due) {
            Optional<Claimed> claimed = steps.claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            List<String> gatewayIds;
            try {
                gatewayIds = gateway.send(claimed.get().to(), claimed.get().text(), id);
            } catch (SmsNotSentException refused) {
                // Certainly not sent: try again later.
                LOG.info(() ->
                        "SMS " + id + " to " + claimed.get().to().masked() + " not sent: " + refused.getMessage());
                steps.notSent(id, refused.getMessage(), policy);
                continue;
            } catch (RuntimeException unknown) {
                // Perhaps sent, perhaps not: sent once more at most (the resend rule above).
                LOG.log(Level.WARNING, "SMS " + id + " failed with an unknown outcome; resent once at most", unknown);
                steps.outcomeUnknown(id, unknown.getClass().getSimpleName(), policy);
                continue;
            }
            // Should this record fail (or the node die here), the claim lapses and the resend rule applies.
            steps.sent(id, gatewayIds, gateway.reportsDelivery());
            accepted++;
        }
        return accepted;
    }
}
