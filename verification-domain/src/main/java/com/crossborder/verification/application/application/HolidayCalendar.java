package com.crossborder.verification.application.application;

import com.crossborder.verification.application.model.BusinessCalendar;
import com.crossborder.verification.application.model.CalendarDay;
import com.crossborder.verification.audit.application.AuditLog;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.ReasonCode;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The configured public holidays and make-up working days, set a year at a time by administrators. */
@ApplicationScoped
public class HolidayCalendar {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    AuditLog audit;

    /** The calendar as configured now, in the business time zone. */
    @Transactional
    public BusinessCalendar current() {
        List<CalendarDay> days = em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class).getResultList();
        return new BusinessCalendar(clock.zone(), dates(days, CalendarDay.Kind.HOLIDAY), dates(days, CalendarDay.Kind.WORKDAY));
    }

    @Transactional
    public List<CalendarDay> year(int year) {
        return em.createQuery("SELECT d FROM CalendarDay d WHERE d.date >= :from AND d.date < :to ORDER BY d.date", CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1)).getResultList();
    }

    /** Replaces a year's holidays and working weekend days. */
    @Transactional
    public void setYear(Actor admin, int year, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        if (year < 2000 || year > 2100) {
            throw Rejection.onField("year", ReasonCode.INVALID_QUERY_PARAMETER);
        }
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workdays);
        boolean outside = holidays.stream().anyMatch(d -> d.getYear() != year) || workdays.stream().anyMatch(d -> d.getYear() != year);
        if (outside || !both.isEmpty()) {
            throw Rejection.onField("holidays", ReasonCode.CALENDAR_INVALID);
        }
        year(year).forEach(em::remove);
        em.flush();
        holidays.forEach(d -> em.persist(new CalendarDay(d, CalendarDay.Kind.HOLIDAY)));
        workdays.forEach(d -> em.persist(new CalendarDay(d, CalendarDay.Kind.WORKDAY)));
        audit.record(admin, "CALENDAR_SET", "Calendar", Integer.toString(year),
                "holidays=" + holidays.size() + " workdays=" + workdays.size());
    }

    private static Set<LocalDate> dates(List<CalendarDay> days, CalendarDay.Kind kind) {
        return days.stream().filter(d -> d.kind() == kind).map(CalendarDay::date).collect(Collectors.toSet());
    }
}
