package com.crossborder.verification.web.platform;

import com.crossborder.verification.retention.model.IdleLimits;
import com.crossborder.verification.retention.model.RetentionPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long document images are kept after the final decision, and how long drafts, re-upload requests and unattached
 * counter scans may stay untouched.
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "verification.retention.days", defaultValue = "180")
    int days;

    @Inject
    @ConfigProperty(name = "verification.retention.abandoned-after", defaultValue = "P30D")
    String abandonedAfter;

    @Inject
    @ConfigProperty(name = "verification.retention.orphan-scans-after", defaultValue = "P1D")
    String orphanScansAfter;

    @Produces
    @Singleton
    RetentionPeriod retentionPeriod() {
        if (days < 1) {
            throw new IllegalStateException("verification.retention.days must be at least 1");
        }
        return new RetentionPeriod(Duration.ofDays(days));
    }

    @Produces
    @Singleton
    IdleLimits idleLimits() {
        return new IdleLimits(
                duration("verification.retention.abandoned-after", abandonedAfter),
                duration("verification.retention.orphan-scans-after", orphanScansAfter));
    }

    private static Duration duration(String key, String value) {
        try {
            Duration parsed = Duration.parse(value.trim());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalStateException(key + " must be positive, e.g. P30D");
            }
            return parsed;
        } catch (DateTimeParseException notADuration) {
            throw new IllegalStateException(key + " must be an ISO-8601 duration such as P30D or PT12H", notADuration);
        }
    }
}
