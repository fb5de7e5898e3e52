package com.crossborder.verification.application.model;

import static com.crossborder.verification.application.model.AnApplication.NO_HOLIDAYS;
import static com.crossborder.verification.application.model.AnApplication.SHANGHAI;
import static com.crossborder.verification.application.model.AnApplication.anApplication;
import static com.crossborder.verification.application.model.AnApplication.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Drafts and re-upload requests nobody touched for the configured time expire; nothing else does. */
class AbandonmentTest {

    private static final Duration LIMIT = Duration.ofDays(30);
    private static final UUID REVIEWER = UUID.randomUUID();

    private static BusinessClock clockAt(Instant now) {
        return new BusinessClock(Clock.fixed(now, SHANGHAI), SHANGHAI);
    }

    @Test
    void aDraftIsAbandonedExactlyWhenTheLimitHasPassedSinceItWasStarted() {
        Application draft = anApplication().startedAt(at("2026-11-01T09:00")).build();
        assertFalse(draft.isAbandonedAt(clockAt(at("2026-12-01T08:59")).now(), LIMIT));
        assertTrue(draft.isAbandonedAt(clockAt(at("2026-12-01T09:00")).now(), LIMIT));
        assertTrue(draft.isAbandonedAt(clockAt(at("2027-03-01T09:00")).now(), LIMIT));
    }

    @Test
    void workingOnADraftStartsTheTimeAgain() {
        Application draft = anApplication().startedAt(at("2026-11-01T09:00")).build();
        draft.touch(at("2026-11-20T09:00"));
        assertEquals(at("2026-11-20T09:00"), draft.lastTouched());
        assertFalse(draft.isAbandonedAt(at("2026-12-01T09:00"), LIMIT));
        assertTrue(draft.isAbandonedAt(at("2026-12-20T09:00"), LIMIT));
    }

    @Test
    void aReuploadRequestCountsFromTheRequestNotFromTheStart() {
        Application application = anApplication()
                .startedAt(at("2026-10-01T09:00"))
                .claimedBy(REVIEWER, at("2026-11-02T10:00"))
                .build();
        application.requestReupload(REVIEWER, EnumSet.of(PhotoKind.FACE), NO_HOLIDAYS, at("2026-11-02T10:10"));
        assertEquals(ApplicationStatus.REUPLOAD_REQUESTED, application.status());
        assertFalse(application.isAbandonedAt(at("2026-12-02T10:09"), LIMIT));
        assertTrue(application.isAbandonedAt(at("2026-12-02T10:10"), LIMIT));
    }

    @Test
    void applicationsWaitingForAReviewerOrEndedNeverExpire() {
        Instant muchLater = at("2027-06-01T09:00");
        Application submitted = anApplication()
                .startedAt(at("2026-01-01T09:00"))
                .submittedAt(at("2026-01-02T09:00"))
                .build();
        Application claimed = anApplication()
                .startedAt(at("2026-01-01T09:00"))
                .claimedBy(REVIEWER, at("2026-01-02T09:00"))
                .build();
        Application withdrawn =
                anApplication().startedAt(at("2026-01-01T09:00")).build();
        withdrawn.withdraw(at("2026-01-02T09:00"));
        for (Application application : new Application[] {submitted, claimed, withdrawn}) {
            assertFalse(application.isAbandonedAt(muchLater, LIMIT), application.status()::name);
            Rejection refused = assertThrows(Rejection.class, () -> application.expire(muchLater, LIMIT));
            assertEquals(Reason.APPLICATION_STATE_CONFLICT, refused.code());
        }
    }

    @Test
    void aDraftUnderLegalHoldDoesNotExpire() {
        Application draft = anApplication().startedAt(at("2026-01-01T09:00")).build();
        draft.legalHold(true);
        assertFalse(draft.isAbandonedAt(at("2027-01-01T09:00"), LIMIT));
        assertThrows(Rejection.class, () -> draft.expire(at("2027-01-01T09:00"), LIMIT));
        draft.legalHold(false);
        assertTrue(draft.isAbandonedAt(at("2027-01-01T09:00"), LIMIT));
    }

    @Test
    void anExpiredApplicationHasEndedForRetentionAndCannotBeWithdrawnOrSubmitted() {
        Application draft = anApplication().startedAt(at("2026-11-01T09:00")).build();
        draft.expire(at("2026-12-05T03:00"), LIMIT);
        assertEquals(ApplicationStatus.EXPIRED, draft.status());
        assertFalse(draft.isOpen());
        assertTrue(ApplicationStatus.ended().contains(ApplicationStatus.EXPIRED));
        assertEquals(Optional.of(at("2026-12-05T03:00")), draft.decidedAt());
        assertFalse(draft.isAbandonedAt(at("2027-12-05T03:00"), LIMIT), "expires once");
        assertThrows(Rejection.class, () -> draft.withdraw(at("2026-12-05T04:00")));
        assertThrows(Rejection.class, () -> draft.acceptPhoto(PhotoKind.FACE));
    }

    @Test
    void theIdentityACardIsVerifiedByOutlivesRetentionTheOthersDoNot() {
        Application approved =
                anApplication().claimedBy(REVIEWER, at("2026-01-02T09:00")).build();
        approved.approve(REVIEWER, at("2026-01-02T09:10"));
        assertFalse(approved.identityDisposableAfterRetention(false), "the card is verified by it");
        assertTrue(approved.identityDisposableAfterRetention(true), "a later approval replaced it");

        Application rejected =
                anApplication().claimedBy(REVIEWER, at("2026-01-02T09:00")).build();
        rejected.reject(REVIEWER, Reason.FACE_MISMATCH, at("2026-01-02T09:10"));
        Application expired = anApplication().startedAt(at("2026-01-01T09:00")).build();
        expired.expire(at("2026-03-01T09:00"), LIMIT);
        for (Application ended : new Application[] {rejected, expired}) {
            assertTrue(ended.identityDisposableAfterRetention(false), ended.status()::name);
        }
        Application draft = anApplication().build();
        assertFalse(draft.identityDisposableAfterRetention(true), "never while open");
    }
}
