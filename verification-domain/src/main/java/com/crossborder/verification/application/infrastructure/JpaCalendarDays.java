package com.crossborder.verification.application.infrastructure;

import com.crossborder.verification.application.model.CalendarDay;
import com.crossborder.verification.application.model.CalendarDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Holidays and make-up working days in {@code calendar_day}. */
@ApplicationScoped
public class JpaCalendarDays implements CalendarDays {

    @PersistenceContext(unitName = "verification")
    EntityManager em;

    @Override
    public List<CalendarDay> all() {
        return em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class).getResultList();
    }

    @Override
    public List<CalendarDay> inYear(int year) {
        return em.createQuery(
                        "SELECT d FROM CalendarDay d WHERE d.date >= :from AND d.date < :to ORDER BY d.date",
                        CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    @Override
    public void replaceYear(int year, Collection<CalendarDay> days) {
        inYear(year).forEach(em::remove);
        em.flush();
        days.forEach(em::persist);
    }
}
