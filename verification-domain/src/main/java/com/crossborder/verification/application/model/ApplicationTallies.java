package com.crossborder.verification.application.model;

import java.time.Instant;

/** Counts of applications for operators' metrics, straight from the database (so every node reports the same). */
public interface ApplicationTallies {

    ApplicationTally tally(Instant now);
}
