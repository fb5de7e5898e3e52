package com.crossborder.verification.application.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Which days count for the review deadline: Monday to Friday in the business time zone, except configured
 * public holidays, plus configured working weekend days (China's 调休 make-up days). Time counts only on
 * business days, whole days at a time, so a deadline set on a Friday evening runs through Monday and Tuesday.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;

    public BusinessCalendar(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    public boolean isBusinessDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return !weekend || workingWeekendDays.contains(date);
    }

    /** The instant by which {@code amount} of business time has passed after {@code start}. */
    public Instant plusBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time cannot be negative");
        }
        ZonedDateTime cursor = start.atZone(zone);
        Duration left = amount;
        // Bounded: a calendar with no business day for ten years is a configuration error, not a loop forever.
        for (int days = 0; days < 3660; days++) {
            ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            if (isBusinessDay(cursor.toLocalDate())) {
                Duration restOfDay = Duration.between(cursor, nextMidnight);
                if (left.compareTo(restOfDay) <= 0) {
                    return cursor.plus(left).toInstant();
                }
                left = left.minus(restOfDay);
            }
            cursor = nextMidnight;
        }
        throw new IllegalStateException("no business days in the next ten years: check the holiday calendar");
    }

    /** How much business time lies between two instants (zero when {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            ZonedDateTime stop = nextMidnight.isBefore(end) ? nextMidnight : end;
            if (isBusinessDay(cursor.toLocalDate())) {
                total = total.plus(Duration.between(cursor, stop));
            }
            cursor = stop;
        }
        return total;
    }

    public ZoneId zone() {
        return zone;
    }
}
