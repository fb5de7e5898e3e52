package com.crossborder.verification.web.platform;

import com.crossborder.verification.notification.infrastructure.LogSmsGateway;
import com.crossborder.verification.notification.model.SmsGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the SMS gateway by {@code verification.sms.gateway}: {@code log} (default) or {@code smpp}. */
@ApplicationScoped
public class SmsGatewayChoice {

    @Inject
    @ConfigProperty(name = "verification.sms.gateway", defaultValue = "log")
    String gateway;

    @Produces
    @Singleton
    SmsGateway smsGateway() {
        if ("log".equals(gateway)) {
            return new LogSmsGateway();
        }
        throw new IllegalStateException("verification.sms.gateway must be 'log' or 'smpp', not '" + gateway + "'");
    }
}
