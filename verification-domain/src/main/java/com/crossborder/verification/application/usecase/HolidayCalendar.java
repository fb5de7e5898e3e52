package com.crossborder.verification.application.usecase;

import com.crossborder.verification.application.model.BusinessCalendar;
import com.crossborder.verification.application.model.CalendarDay;
import com.crossborder.verification.application.model.CalendarDays;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The configured public holidays and make-up working days, set a year at a time by administrators. */
@ApplicationScoped
public class HolidayCalendar {

    @Inject
    CalendarDays days;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    /** The calendar as configured now, in the business time zone. */
    @Transactional
    public BusinessCalendar current() {
        List<CalendarDay> all = days.all();
        return new BusinessCalendar(
                clock.zone(), dates(all, CalendarDay.Kind.HOLIDAY), dates(all, CalendarDay.Kind.WORKDAY));
    }

    @Transactional
    public List<CalendarDay> year(int year) {
        return days.inYear(year);
    }

    /** Replaces a year's holidays and working weekend days. */
    @Transactional
    public void setYear(Actor admin, int year, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        if (year < 2000 || year > 2100) {
            throw Rejection.onField("year", Reason.INVALID_QUERY_PARAMETER);
        }
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workdays);
        boolean outside = holidays.stream().anyMatch(d -> d.getYear() != year)
                || workdays.stream().anyMatch(d -> d.getYear() != year);
        if (outside || !both.isEmpty()) {
            throw Rejection.onField("holidays", Reason.CALENDAR_INVALID);
        }
        List<CalendarDay> configured = new ArrayList<>();
        holidays.forEach(d -> configured.add(new CalendarDay(d, CalendarDay.Kind.HOLIDAY)));
        workdays.forEach(d -> configured.add(new CalendarDay(d, CalendarDay.Kind.WORKDAY)));
        days.replaceYear(year, configured);
        audit.record(
                admin,
                "CALENDAR_SET",
                "Calendar",
                Integer.toString(year),
                "holidays=" + holidays.size() + " workdays=" + workdays.size());
    }

    private static Set<LocalDate> dates(List<CalendarDay> days, CalendarDay.Kind kind) {
        return days.stream()
                .filter(d -> d.kind() == kind)
                .map(CalendarDay::date)
                .collect(Collectors.toSet());
    }
}
