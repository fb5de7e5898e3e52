package com.crossborder.verification.web.platform;

import com.crossborder.verification.notification.infrastructure.SmppSmsGateway;
import com.crossborder.verification.notification.model.SmsGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * With {@code verification.sms.gateway=smpp}: ready only while the transceiver bind to the SMSC holds (codes for
 * registration and login cannot go out without it). With the log gateway always up.
 */
@Readiness
@ApplicationScoped
public class SmppReadiness implements HealthCheck {

    @Inject
    SmsGateway gateway;

    @Override
    public HealthCheckResponse call() {
        if (gateway instanceof SmppSmsGateway smpp) {
            return HealthCheckResponse.named("smpp-bind")
                    .status(smpp.isBound())
                    .withData("gateway", "smpp")
                    .build();
        }
        return HealthCheckResponse.named("smpp-bind")
                .up()
                .withData("gateway", "not smpp")
                .build();
    }
}
