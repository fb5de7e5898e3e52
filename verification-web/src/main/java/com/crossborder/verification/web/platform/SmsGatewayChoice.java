package com.crossborder.verification.web.platform;

import com.crossborder.verification.notification.infrastructure.LogSmsGateway;
import com.crossborder.verification.notification.infrastructure.SmppSmsGateway;
import com.crossborder.verification.notification.model.SmsGateway;
import com.crossborder.verification.notification.usecase.OutboxSteps;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the SMS gateway by {@code verification.sms.gateway}: {@code log} (default) or {@code smpp}. */
@ApplicationScoped
public class SmsGatewayChoice {

    @Inject
    @ConfigProperty(name = "verification.sms.gateway", defaultValue = "log")
    String gateway;

    @Inject
    @ConfigProperty(name = "verification.sms.smpp.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "verification.sms.smpp.port", defaultValue = "2775")
    int port;

    @Inject
    @ConfigProperty(name = "verification.sms.smpp.system-id", defaultValue = "verification")
    String systemId;

    @Inject
    @ConfigProperty(name = "verification.sms.smpp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "verification.sms.smpp.system-type")
    Optional<String> systemType;

    @Inject
    @ConfigProperty(name = "verification.sms.smpp.source-address", defaultValue = "106900000")
    String sourceAddress;

    @Inject
    @ConfigProperty(name = "verification.sms.smpp.reconnect-delay", defaultValue = "PT5S")
    Duration reconnectDelay;

    @Inject
    OutboxSteps outbox;

    @Resource
    ManagedExecutorService executor;

    @Produces
    @Singleton
    SmsGateway smsGateway() {
        return switch (gateway) {
            case "log" -> new LogSmsGateway();
            case "smpp" ->
                new SmppSmsGateway(
                        new SmppSmsGateway.Settings(
                                host,
                                port,
                                systemId,
                                password.orElse(""),
                                systemType.orElse(""),
                                sourceAddress,
                                Duration.ofSeconds(30),
                                Duration.ofSeconds(10),
                                reconnectDelay),
                        // Receipts arrive on jSMPP's threads: recorded on a managed thread, in a transaction of their
                        // own.
                        report -> executor.execute(() -> outbox.receipt(report.messageId(), report.delivered())));
            default ->
                throw new IllegalStateException(
                        "verification.sms.gateway must be 'log' or 'smpp', not '" + gateway + "'");
        };
    }

    void close(@Disposes SmsGateway gateway) {
        if (gateway instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }
}
