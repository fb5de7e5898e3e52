package com.crossborder.verification.web.application;

import com.crossborder.verification.application.model.CalendarDay;
import com.crossborder.verification.application.usecase.HolidayCalendar;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import com.crossborder.verification.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators set each year's public holidays and make-up working days for the review deadline. */
@Path("/v1/admin/holidays/{year}")
@RequestScoped
@RolesAllowed("ADMIN")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class CalendarResource {

    /** A year's special days, as YYYY-MM-DD. */
    public static class YearCalendar {
        public List<String> holidays;
        public List<String> workdays;

        public YearCalendar() {}

        YearCalendar(List<String> holidays, List<String> workdays) {
            this.holidays = holidays;
            this.workdays = workdays;
        }
    }

    @Inject
    HolidayCalendar calendar;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The year's public holidays and working weekend days")
    public YearCalendar get(@PathParam("year") int year) {
        List<CalendarDay> days = calendar.year(year);
        return new YearCalendar(of(days, CalendarDay.Kind.HOLIDAY), of(days, CalendarDay.Kind.WORKDAY));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the year's public holidays and working weekend days")
    public YearCalendar set(@PathParam("year") int year, YearCalendar body) {
        if (body == null) {
            throw Rejection.onField("body", Reason.FIELD_REQUIRED);
        }
        calendar.setYear(caller.actor(), year, dates("holidays", body.holidays), dates("workdays", body.workdays));
        return get(year);
    }

    private static List<String> of(List<CalendarDay> days, CalendarDay.Kind kind) {
        return days.stream()
                .filter(d -> d.kind() == kind)
                .map(d -> d.date().toString())
                .toList();
    }

    private static Set<LocalDate> dates(String field, List<String> values) {
        if (values == null) {
            return Set.of();
        }
        try {
            return values.stream().map(LocalDate::parse).collect(Collectors.toSet());
        } catch (DateTimeParseException | NullPointerException malformed) {
            throw Rejection.onField(field, Reason.INVALID_DATE);
        }
    }
}
