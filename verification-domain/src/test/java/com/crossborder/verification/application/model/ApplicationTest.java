package com.crossborder.verification.application.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(SHANGHAI, Set.of(), Set.of());
    private static final Set<PhotoKind> ALL_PHOTOS = EnumSet.allOf(PhotoKind.class);
    private static final Duration HOLD = Duration.ofMinutes(30);
    private static final UUID APPLICANT = UUID.randomUUID();
    private static final UUID REVIEWER = UUID.randomUUID();
    private static final UUID OTHER_REVIEWER = UUID.randomUUID();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static Consent consent(Instant now) {
        return Consent.given("2026-01", true, now, "127.0.0.1");
    }

    private static Application submitted(Instant now) {
        return AnApplication.anApplication()
                .by(APPLICANT)
                .startedAt(now)
                .submittedAt(now)
                .build();
    }

    @Test
    void smsTextsShowOnlyTheCardNumbersLastFourDigitsEvenOfAShortNumberLoadedFromOldData() {
        assertEquals(
                "8901",
                Application.draft(UUID.randomUUID(), "12345678901", APPLICANT, at("2026-11-27T10:00"))
                        .cardNumberLastFour());
        assertEquals(
                "123",
                Application.draft(UUID.randomUUID(), "123", APPLICANT, at("2026-11-27T10:00"))
                        .cardNumberLastFour());
    }

    @Test
    void aSubmittedApplicationIsDueThreeBusinessDaysLater() {
        Application application = submitted(at("2026-11-27T10:00"));
        assertEquals(ApplicationStatus.SUBMITTED, application.status());
        assertEquals(at("2026-12-02T10:00"), application.slaDeadline());
    }

    @Test
    void submittingNeedsAllThreePhotosTheIdentityAndConsent() {
        Instant now = at("2026-11-25T10:00");
        Application draft = Application.draft(UUID.randomUUID(), "12345678901", APPLICANT, now);
        assertEquals(
                Reason.PHOTOS_MISSING,
                assertThrows(
                                Rejection.class,
                                () -> draft.submit(
                                        consent(now),
                                        EnumSet.of(PhotoKind.ID_FRONT, PhotoKind.FACE),
                                        true,
                                        CALENDAR,
                                        now))
                        .code());
        assertEquals(
                Reason.IDENTITY_MISSING,
                assertThrows(Rejection.class, () -> draft.submit(consent(now), ALL_PHOTOS, false, CALENDAR, now))
                        .code());
        assertEquals(
                Reason.CONSENT_REQUIRED,
                assertThrows(Rejection.class, () -> Consent.given("2026-01", false, now, "127.0.0.1"))
                        .code());
        assertEquals(ApplicationStatus.DRAFT, draft.status());
    }

    @Test
    void aSubmittedApplicationCannotBeSubmittedAgainOrChanged() {
        Application application = submitted(at("2026-11-25T10:00"));
        Rejection again = assertThrows(
                Rejection.class,
                () -> application.submit(
                        consent(at("2026-11-25T11:00")), ALL_PHOTOS, true, CALENDAR, at("2026-11-25T11:00")));
        assertEquals(Rejection.Kind.STATE_CONFLICT, again.kind());
        assertThrows(Rejection.class, () -> application.acceptPhoto(PhotoKind.FACE));
        assertThrows(Rejection.class, application::acceptIdentity);
    }

    @Test
    void noTwoReviewersDecideOneCaseUntilTheClaimExpires() {
        Instant now = at("2026-11-25T10:00");
        Application application = submitted(now);
        application.claim(REVIEWER, now, HOLD);
        assertEquals(
                Reason.ALREADY_CLAIMED,
                assertThrows(
                                Rejection.class,
                                () -> application.claim(OTHER_REVIEWER, now.plus(Duration.ofMinutes(29)), HOLD))
                        .code());
        assertEquals(
                Reason.ALREADY_CLAIMED,
                assertThrows(
                                Rejection.class,
                                () -> application.approve(OTHER_REVIEWER, now.plus(Duration.ofMinutes(1))))
                        .code());
        assertEquals(
                Reason.NOT_CLAIMED,
                assertThrows(Rejection.class, () -> application.approve(REVIEWER, now.plus(HOLD)))
                        .code(),
                "a claim that ran out no longer allows a decision");
        application.claim(OTHER_REVIEWER, now.plus(HOLD), HOLD);
        assertEquals(
                Reason.ALREADY_CLAIMED,
                assertThrows(
                                Rejection.class,
                                () -> application.approve(
                                        REVIEWER, now.plus(HOLD).plusSeconds(1)))
                        .code());
        application.approve(OTHER_REVIEWER, now.plus(HOLD).plusSeconds(2));
        assertEquals(ApplicationStatus.APPROVED, application.status());
        assertFalse(application.isOpen());
    }

    @Test
    void theDeadlineStopsWhileNewPhotosAreAwaitedAndResumesWithWhatWasLeft() {
        Application application = submitted(at("2026-11-25T10:00"));
        application.claim(REVIEWER, at("2026-11-26T10:00"), HOLD);
        application.requestReupload(REVIEWER, EnumSet.of(PhotoKind.FACE), CALENDAR, at("2026-11-26T10:00"));
        assertEquals(ApplicationStatus.REUPLOAD_REQUESTED, application.status());
        assertEquals(EnumSet.of(PhotoKind.FACE), application.requestedPhotos());
        application.acceptPhoto(PhotoKind.FACE);
        assertThrows(Rejection.class, () -> application.acceptPhoto(PhotoKind.ID_FRONT));
        // two business days were left; resubmitted on Friday afternoon, due Tuesday afternoon
        application.submit(consent(at("2026-11-27T15:00")), ALL_PHOTOS, true, CALENDAR, at("2026-11-27T15:00"));
        assertEquals(at("2026-12-01T15:00"), application.slaDeadline());
    }

    @Test
    void afterThreeReuploadRoundsTheNextProblemIsAFinalRejection() {
        Instant now = at("2026-11-25T10:00");
        Application application = submitted(now);
        for (int round = 1; round <= Application.MAX_REUPLOAD_ROUNDS; round++) {
            application.claim(REVIEWER, now, HOLD);
            application.requestReupload(REVIEWER, EnumSet.of(PhotoKind.ID_BACK), CALENDAR, now);
            assertEquals(round, application.reuploadRounds());
            application.submit(consent(now), ALL_PHOTOS, true, CALENDAR, now);
        }
        application.claim(REVIEWER, now, HOLD);
        application.requestReupload(REVIEWER, EnumSet.of(PhotoKind.ID_BACK), CALENDAR, now);
        assertEquals(ApplicationStatus.REJECTED, application.status());
        assertEquals(Reason.REUPLOAD_LIMIT_REACHED, application.reason().orElseThrow());
    }

    @Test
    void onlyTheClaimHolderRejectsAndTheReasonIsKept() {
        Instant now = at("2026-11-25T10:00");
        Application application = submitted(now);
        assertEquals(
                Reason.APPLICATION_STATE_CONFLICT,
                assertThrows(Rejection.class, () -> application.reject(REVIEWER, Reason.FACE_MISMATCH, now))
                        .code());
        application.claim(REVIEWER, now, HOLD);
        application.reject(REVIEWER, Reason.FACE_MISMATCH, now);
        assertEquals(Reason.FACE_MISMATCH, application.reason().orElseThrow());
        assertFalse(Reason.FACE_MISMATCH.retryable());
        assertTrue(application.belongsTo(APPLICANT));
    }
}
