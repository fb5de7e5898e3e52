package com.crossborder.verification.application.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Minors verify at an outlet; from the 18th birthday on, online too. */
class OnlineEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aHolderIsAMinorUntilTheEighteenthBirthday() {
        assertTrue(OnlineEligibility.isMinorOn(LocalDate.of(2008, 11, 27), TODAY));
        assertFalse(OnlineEligibility.isMinorOn(LocalDate.of(2008, 11, 26), TODAY));
        assertFalse(OnlineEligibility.isMinorOn(LocalDate.of(1990, 3, 7), TODAY));
        assertTrue(OnlineEligibility.isMinorOn(LocalDate.of(2016, 1, 1), TODAY));
    }

    @Test
    void someoneBornOnTheTwentyNinthOfFebruaryComesOfAgeOnTheFirstOfMarchInACommonYear() {
        LocalDate leapBirthday = LocalDate.of(2008, 2, 29);
        assertTrue(OnlineEligibility.isMinorOn(leapBirthday, LocalDate.of(2026, 2, 27)));
        assertFalse(OnlineEligibility.isMinorOn(leapBirthday, LocalDate.of(2026, 3, 1)));
    }
}
