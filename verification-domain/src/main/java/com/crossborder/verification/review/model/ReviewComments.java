package com.crossborder.verification.review.model;

import java.util.List;
import java.util.UUID;

/** Reviewers' comments on their decisions. */
public interface ReviewComments {

    void add(ReviewComment comment);

    /** An application's comments, oldest first. */
    List<ReviewComment> of(UUID applicationId);
}
