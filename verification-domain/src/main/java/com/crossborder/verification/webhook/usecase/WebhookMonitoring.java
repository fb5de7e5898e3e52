package com.crossborder.verification.webhook.usecase;

import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.webhook.model.DeliveryStatus;
import com.crossborder.verification.webhook.model.WebhookBacklog;
import com.crossborder.verification.webhook.model.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Map;

/** What operators watch of the webhook outbox: deliveries per status and the backlog, for metrics and readiness. */
@ApplicationScoped
public class WebhookMonitoring {

    @Inject
    Webhooks webhooks;

    @Inject
    BusinessClock clock;

    @Transactional(TxType.REQUIRES_NEW)
    public Map<DeliveryStatus, Long> countByStatus() {
        return webhooks.countByStatus();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public WebhookBacklog backlog() {
        return webhooks.backlog(clock.now());
    }
}
