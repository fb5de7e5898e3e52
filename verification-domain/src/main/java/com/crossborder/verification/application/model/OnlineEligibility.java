package com.crossborder.verification.application.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who may verify a card online: a holder of 18 or over on the business date. A minor is verified at an outlet, with a
 * parent or guardian acting for them; their photos are not kept (PIPL Art. 31 asks a guardian's consent for the data
 * of children under 14). Age is counted as the counter counts it: full years between the birth date and the day.
 */
public final class OnlineEligibility {

    /** The age from which a holder may verify online. */
    public static final int ADULT_AGE = 18;

    private OnlineEligibility() {}

    /** Whether someone born on {@code birthDate} is under 18 on {@code today}. */
    public static boolean isMinorOn(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears() < ADULT_AGE;
    }
}
