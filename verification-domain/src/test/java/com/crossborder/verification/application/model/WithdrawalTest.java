package com.crossborder.verification.application.model;

import static com.crossborder.verification.application.model.AnApplication.NO_HOLIDAYS;
import static com.crossborder.verification.application.model.AnApplication.anApplication;
import static com.crossborder.verification.application.model.AnApplication.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A holder withdraws an application only while nobody decided it. */
class WithdrawalTest {

    private static final UUID REVIEWER = UUID.randomUUID();

    private static void assertRefusedAsDecided(Application application) {
        Rejection refused = assertThrows(Rejection.class, () -> application.withdraw(at("2026-11-27T10:00")));
        assertEquals(Rejection.Kind.STATE_CONFLICT, refused.kind());
        assertEquals(Reason.APPLICATION_ALREADY_DECIDED, refused.code());
    }

    @Test
    void aDraftASubmittedAndAClaimedApplicationCanBeWithdrawn() {
        for (Application application : new Application[] {
            anApplication().build(),
            anApplication().submittedAt(at("2026-11-25T10:00")).build(),
            anApplication().claimedBy(REVIEWER, at("2026-11-25T11:00")).build()
        }) {
            application.withdraw(at("2026-11-25T11:10"));
            assertEquals(ApplicationStatus.WITHDRAWN, application.status());
            assertFalse(application.isOpen());
            assertEquals(Optional.empty(), application.claimedBy());
            assertEquals(Optional.of(at("2026-11-25T11:10")), application.decidedAt());
        }
    }

    @Test
    void aWithdrawnApplicationLeavesTheQueueAndCannotBeClaimedOrDecided() {
        Application application =
                anApplication().submittedAt(at("2026-11-25T10:00")).build();
        application.withdraw(at("2026-11-25T10:30"));
        assertFalse(ApplicationStatus.waitingForReviewer().contains(application.status()));
        assertThrows(
                Rejection.class, () -> application.claim(REVIEWER, at("2026-11-25T10:40"), Duration.ofMinutes(30)));
        assertFalse(application.isOverdueAt(at("2026-12-31T10:00")));
        assertRefusedAsDecided(application);
    }

    @Test
    void anApprovedOrRejectedApplicationCannotBeWithdrawn() {
        Application approved =
                anApplication().claimedBy(REVIEWER, at("2026-11-25T11:00")).build();
        approved.approve(REVIEWER, at("2026-11-25T11:05"));
        assertRefusedAsDecided(approved);

        Application rejected =
                anApplication().claimedBy(REVIEWER, at("2026-11-25T11:00")).build();
        rejected.reject(REVIEWER, Reason.FACE_MISMATCH, at("2026-11-25T11:05"));
        assertRefusedAsDecided(rejected);
        assertEquals(ApplicationStatus.REJECTED, rejected.status());
    }

    @Test
    void aWithdrawnApplicationCountsAsEndedForRetention() {
        assertEquals(
                true, ApplicationStatus.ended().contains(ApplicationStatus.WITHDRAWN), "retention purges withdrawn");
        assertFalse(ApplicationStatus.WITHDRAWN.isOpen());
    }

    @Test
    void aCounterApplicationJoinsTheAccountThatClaimedItsCardOnlyOnce() {
        Application atCounter = Application.decidedAtOutlet(
                UUID.randomUUID(),
                "12345678901",
                null,
                ApplicationStatus.APPROVED,
                null,
                UUID.randomUUID(),
                NO_HOLIDAYS,
                at("2026-11-25T10:00"));
        UUID holder = UUID.randomUUID();
        atCounter.joinAccount(holder);
        atCounter.joinAccount(UUID.randomUUID());
        assertEquals(holder, atCounter.applicantId());
    }
}
