package com.crossborder.verification.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code verification.log.format=json}: from the moment the application starts, the server's console log handlers
 * write one JSON object a line ({@link JsonLogFormatter}); {@code text} (default) leaves the server's format alone.
 * To have the server's own boot lines in JSON too, start Payara Micro with
 * {@code --logproperties verification-web/src/main/payara/logging-json.properties} (Payara's JSONLogFormatter).
 */
@ApplicationScoped
public class LogFormat {

    private static final Logger LOG = Logger.getLogger(LogFormat.class.getName());

    @Inject
    @ConfigProperty(name = "verification.log.format", defaultValue = "text")
    String format;

    void apply(@Observes @Initialized(ApplicationScoped.class) Object started) {
        switch (format) {
            case "text" -> {
                // the server's own format
            }
            case "json" -> {
                for (Handler handler : Logger.getLogger("").getHandlers()) {
                    handler.setFormatter(new JsonLogFormatter());
                }
                LOG.info("Log lines are JSON from here on (verification.log.format=json)");
            }
            default ->
                throw new IllegalStateException(
                        "verification.log.format must be 'text' or 'json', not '" + format + "'");
        }
    }
}
