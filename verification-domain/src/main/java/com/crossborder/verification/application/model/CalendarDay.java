package com.crossborder.verification.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the business calendar treats specially: a public holiday, or a weekend day worked instead (调休). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    /** What the day is. */
    public enum Kind {
        HOLIDAY,
        WORKDAY
    }

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private Kind kind;

    protected CalendarDay() {}

    public CalendarDay(LocalDate date, Kind kind) {
        this.date = date;
        this.kind = kind;
    }

    public LocalDate date() {
        return date;
    }

    public Kind kind() {
        return kind;
    }
}
