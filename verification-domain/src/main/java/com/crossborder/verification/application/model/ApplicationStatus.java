package com.crossborder.verification.application.model;

/** Where an application for verification stands. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, IN_REVIEW, REUPLOAD_REQUESTED, APPROVED, REJECTED, REFERRED
}
