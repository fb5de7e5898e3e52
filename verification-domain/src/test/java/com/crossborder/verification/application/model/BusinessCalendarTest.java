package com.crossborder.verification.application.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration THREE_DAYS = Duration.ofDays(3);
    /** 2026: New Year's Day holiday 1–3 January, Sunday 4 January worked instead; 2025-12-31 to show the year end. */
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(
            SHANGHAI,
            Set.of(
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 2),
                    LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 10, 2),
                    LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6),
                    LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 10, 10)));

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    @ParameterizedTest(name = "submitted {0} → due {1}")
    @CsvSource({
        // an ordinary week
        "2026-11-23T10:00, 2026-11-26T10:00",
        // Wednesday afternoon runs over the weekend
        "2026-11-25T15:30, 2026-11-30T15:30",
        // submitted on a Saturday: the clock starts on Monday
        "2026-11-28T09:00, 2026-12-03T00:00",
        // across the year end, New Year's holidays skipped, the make-up Sunday counted
        "2025-12-30T12:00, 2026-01-05T12:00",
        // National Day week: 1, 2, 5, 6, 7 October off, Saturday 10 October worked
        "2026-09-30T08:00, 2026-10-10T08:00",
        "2026-10-08T18:00, 2026-10-12T18:00"
    })
    void theDeadlineIsThreeBusinessDaysLater(String submitted, String due) {
        assertEquals(at(due), CALENDAR.plusBusinessTime(at(submitted), THREE_DAYS));
    }

    @Test
    void weekendsAndHolidaysAreNotBusinessDaysButMakeUpDaysAre() {
        assertFalse(CALENDAR.isBusinessDay(LocalDate.of(2026, 11, 28)));
        assertFalse(CALENDAR.isBusinessDay(LocalDate.of(2026, 1, 1)));
        assertTrue(CALENDAR.isBusinessDay(LocalDate.of(2026, 1, 4)));
        assertTrue(CALENDAR.isBusinessDay(LocalDate.of(2026, 11, 27)));
    }

    @Test
    void businessTimeBetweenSkipsTheWeekendSoAPausedClockResumesWithWhatWasLeft() {
        Instant submitted = at("2026-11-26T10:00");
        Instant reuploadAsked = at("2026-11-30T10:00");
        Duration used = CALENDAR.businessTimeBetween(submitted, reuploadAsked);
        assertEquals(Duration.ofDays(2), used);
        Instant resubmitted = at("2026-12-02T16:00");
        assertEquals(at("2026-12-03T16:00"), CALENDAR.plusBusinessTime(resubmitted, THREE_DAYS.minus(used)));
    }

    @Test
    void theDeadlineIsJudgedInTheBusinessTimeZone() {
        // Friday 20:00 UTC is already Saturday 04:00 in Shanghai: the clock starts on Monday there.
        assertEquals(
                at("2026-12-03T00:00"), CALENDAR.plusBusinessTime(Instant.parse("2026-11-27T20:00:00Z"), THREE_DAYS));
    }
}
