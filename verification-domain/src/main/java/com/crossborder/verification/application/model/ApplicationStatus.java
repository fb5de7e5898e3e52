package com.crossborder.verification.application.model;

import java.util.List;

/** Where an application for verification stands. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    REUPLOAD_REQUESTED,
    APPROVED,
    REJECTED,
    REFERRED,
    /** The holder withdrew it before a decision; final, like a decision. */
    WITHDRAWN,
    /** A draft or re-upload request left untouched too long: ended by the retention job; final, like a decision. */
    EXPIRED;

    private static final List<ApplicationStatus> OPEN =
            List.of(DRAFT, SUBMITTED, IN_REVIEW, REUPLOAD_REQUESTED, REFERRED);
    private static final List<ApplicationStatus> WAITING_FOR_REVIEWER = List.of(SUBMITTED, IN_REVIEW, REFERRED);

    /** Not decided yet: an open application blocks another for the same card. */
    public static List<ApplicationStatus> open() {
        return OPEN;
    }

    /** Waiting for a reviewer's decision (screened or not, or referred from a counter). */
    public static List<ApplicationStatus> waitingForReviewer() {
        return WAITING_FOR_REVIEWER;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Ended: decided, withdrawn by the holder, or expired untouched. Photos are kept for the retention period from then on. */
    public static List<ApplicationStatus> ended() {
        return List.of(APPROVED, REJECTED, WITHDRAWN, EXPIRED);
    }
}
