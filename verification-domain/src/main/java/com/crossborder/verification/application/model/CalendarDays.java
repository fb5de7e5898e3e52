package com.crossborder.verification.application.model;

import java.util.Collection;
import java.util.List;

/** The configured public holidays and make-up working days. */
public interface CalendarDays {

    List<CalendarDay> all();

    List<CalendarDay> inYear(int year);

    /** Replaces the year's days with {@code days}. */
    void replaceYear(int year, Collection<CalendarDay> days);
}
