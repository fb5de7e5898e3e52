package com.crossborder.verification.notification.infrastructure;

import com.crossborder.verification.notification.model.SmsGateway;
import com.crossborder.verification.shared.model.PhoneNumber;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The development gateway: one log line per message. This line is the only place a one-time code may appear
 * in a log, so that a developer can finish a registration by hand; the number is masked even here.
 */
public class LogSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger("verification.sms");

    @Override
    public List<String> send(PhoneNumber to, String text) {
        String id = "log-" + UUID.randomUUID();
        LOG.info(() -> "SMS to " + to.masked() + " [" + id + "]: " + text);
        return List.of(id);
    }

    @Override
    public boolean reportsDelivery() {
        return false;
    }
}
