package com.crossborder.verification.web.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every second, on every node: shares the busy clients' request counts of the anonymous endpoints (AddressWindows). */
@Singleton
public class RequestCountSharing {

    private static final Logger LOG = Logger.getLogger(RequestCountSharing.class.getName());

    @Inject
    AddressWindows windows;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void share() {
        try {
            windows.share(System.currentTimeMillis() / 60_000);
        } catch (RuntimeException e) {
            // Each node keeps limiting on its own counts meanwhile.
            LOG.log(Level.WARNING, "Sharing request counts failed; limits hold per node until the next pass", e);
        }
    }
}
