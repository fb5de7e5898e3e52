package com.crossborder.verification.application.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** Applications for tests, built through the aggregate's own verbs: {@code anApplication().submittedAt(t).build()}. */
public final class AnApplication {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final BusinessCalendar NO_HOLIDAYS = new BusinessCalendar(SHANGHAI, Set.of(), Set.of());

    private UUID cardId = UUID.randomUUID();
    private String cardNumber = "12345678901";
    private UUID applicantId = UUID.randomUUID();
    private Instant createdAt = at("2026-11-25T09:00");
    private Instant submittedAt;
    private UUID claimedBy;
    private Instant claimedAt;

    private AnApplication() {}

    public static AnApplication anApplication() {
        return new AnApplication();
    }

    /** A moment in business time: {@code at("2026-11-25T10:00")}. */
    public static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    public AnApplication forCard(UUID cardId, String cardNumber) {
        this.cardId = cardId;
        this.cardNumber = cardNumber;
        return this;
    }

    public AnApplication by(UUID applicantId) {
        this.applicantId = applicantId;
        return this;
    }

    public AnApplication startedAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    /** Submitted with all three photos, a declared identity and consent. */
    public AnApplication submittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
        return this;
    }

    /** Submitted, then claimed by a reviewer for half an hour. */
    public AnApplication claimedBy(UUID reviewerId, Instant at) {
        if (submittedAt == null) {
            submittedAt = at;
        }
        this.claimedBy = reviewerId;
        this.claimedAt = at;
        return this;
    }

    public Application build() {
        Application application = Application.draft(cardId, cardNumber, applicantId, createdAt);
        if (submittedAt != null) {
            application.submit(
                    Consent.given("2026-01", true, submittedAt, "127.0.0.1"),
                    EnumSet.allOf(PhotoKind.class),
                    true,
                    NO_HOLIDAYS,
                    submittedAt);
        }
        if (claimedBy != null) {
            application.claim(claimedBy, claimedAt, Duration.ofMinutes(30));
        }
        return application;
    }
}
