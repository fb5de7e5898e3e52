package com.crossborder.verification.shared.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The clock and the business time zone (Asia/Shanghai unless configured) in which dates such as
 * "expired" or "business day" are judged. Injected, so that rules about time are tested without sleeping.
 */
public record BusinessClock(Clock clock, ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public BusinessClock {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
    }

    public static BusinessClock system(ZoneId zone) {
        return new BusinessClock(Clock.systemUTC(), zone);
    }

    /** The current instant. */
    public Instant now() {
        return clock.instant();
    }

    /** Today's date in the business time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The current moment seen in the business time zone. */
    public ZonedDateTime nowInZone() {
        return clock.instant().atZone(zone);
    }
}
