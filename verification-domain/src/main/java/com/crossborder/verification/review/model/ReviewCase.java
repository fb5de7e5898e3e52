package com.crossborder.verification.review.model;

import com.crossborder.verification.application.model.ApplicationRecord;
import com.crossborder.verification.shared.model.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An application as staff see it: its record, the declared name masked, what the screening rules say about it now,
 * and the reviewers' comments.
 */
public record ReviewCase(ApplicationRecord record, String nameMasked, List<Reason> screening, List<Comment> comments) {

    /** A reviewer's comment, decrypted for staff. */
    public record Comment(Instant at, String decision, String text) {}

    public ReviewCase {
        Objects.requireNonNull(record, "record");
        screening = List.copyOf(screening);
        comments = List.copyOf(comments);
    }
}
