package com.crossborder.verification.web.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every 15 seconds, reads the business figures the metrics show (see {@link BusinessMetrics}). */
@Singleton
public class MetricsRefresh {

    private static final Logger LOG = Logger.getLogger(MetricsRefresh.class.getName());

    @Inject
    BusinessMetrics metrics;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refresh() {
        try {
            metrics.refresh();
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Business metrics not refreshed", unreadable);
        }
    }
}
