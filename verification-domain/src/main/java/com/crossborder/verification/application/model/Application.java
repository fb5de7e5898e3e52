package com.crossborder.verification.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A request to bind a card to its holder's identity, decided by a person. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    private UUID id;

    @Column(name = "card_number", nullable = false, length = 32)
    private String cardNumber;

    @Column(name = "applicant_id")
    private UUID applicantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ApplicationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "sla_deadline")
    private Instant slaDeadline;

    @Version
    private long version;

    protected Application() {
    }

    public UUID id() {
        return id;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant slaDeadline() {
        return slaDeadline;
    }
}
