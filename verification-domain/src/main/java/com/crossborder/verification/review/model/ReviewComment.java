package com.crossborder.verification.review.model;

import com.crossborder.verification.shared.model.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What a reviewer wrote beside a decision: for staff only, never shown to the holder; the text is kept encrypted. */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    /** The longest comment kept, in characters. */
    public static final int MAX_LENGTH = 500;

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @Column(name = "decision", nullable = false, length = 20)
    private String decision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "text_encrypted", nullable = false)
    private byte[] textEncrypted;

    protected ReviewComment() {}

    public ReviewComment(UUID applicationId, UUID authorId, String decision, byte[] textEncrypted, Instant createdAt) {
        this.id = Ids.next();
        this.applicationId = Objects.requireNonNull(applicationId);
        this.authorId = Objects.requireNonNull(authorId);
        this.decision = Objects.requireNonNull(decision);
        this.textEncrypted = textEncrypted.clone();
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public UUID authorId() {
        return authorId;
    }

    public String decision() {
        return decision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public byte[] textEncrypted() {
        return textEncrypted.clone();
    }
}
