package com.crossborder.verification.outlet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.crossborder.verification.outlet.model.CounterDecision.AgentFacts;
import com.crossborder.verification.outlet.model.CounterDecision.Decision;
import com.crossborder.verification.outlet.model.CounterDecision.Facts;
import com.crossborder.verification.shared.model.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** An adult in person with a valid document, the original seen, the face matching and clean records. */
    private static final class Visit {
        private boolean expired;
        private int age = 35;
        private boolean originalSeen = true;
        private boolean faceMatch = true;
        private AgentFacts agent;
        private List<Reason> records = List.of();
        private boolean referral;

        Visit expired() {
            expired = true;
            return this;
        }

        Visit aged(int years) {
            age = years;
            return this;
        }

        Visit originalNotSeen() {
            originalSeen = false;
            return this;
        }

        Visit faceNotMatching() {
            faceMatch = false;
            return this;
        }

        Visit agent(Relationship relationship) {
            agent = new AgentFacts(false, false, relationship, TODAY.plusDays(30));
            return this;
        }

        Visit agent(AgentFacts facts) {
            agent = facts;
            return this;
        }

        Visit records(Reason... problems) {
            records = List.of(problems);
            return this;
        }

        Visit referred() {
            referral = true;
            return this;
        }

        Decision decide() {
            return CounterDecision.decide(
                    new Facts(expired, age, originalSeen, faceMatch, agent, records, referral, TODAY));
        }
    }

    private static Visit aVisit() {
        return new Visit();
    }

    @Test
    void anAdultInPersonWithEverythingInOrderIsApprovedOnTheSpot() {
        assertEquals(new Decision(OutletVisit.Outcome.APPROVED, List.of()), aVisit().decide());
    }

    @Test
    void anExpiredDocumentTheOriginalNotSeenOrAFaceNotMatchingRefuseWithEveryReason() {
        assertEquals(
                new Decision(
                        OutletVisit.Outcome.REJECTED,
                        List.of(Reason.DOCUMENT_EXPIRED, Reason.ORIGINAL_NOT_SEEN, Reason.FACE_MISMATCH)),
                aVisit().expired().originalNotSeen().faceNotMatching().decide());
    }

    @Test
    void aMinorNeedsAParentOrGuardianAsAgent() {
        assertEquals(
                List.of(Reason.MINOR_NEEDS_GUARDIAN), aVisit().aged(12).decide().reasons());
        assertEquals(
                List.of(Reason.MINOR_NEEDS_GUARDIAN),
                aVisit().aged(17).agent(Relationship.RELATIVE).decide().reasons());
        assertEquals(
                OutletVisit.Outcome.APPROVED,
                aVisit().aged(12).agent(Relationship.PARENT).decide().outcome());
        assertEquals(
                OutletVisit.Outcome.APPROVED,
                aVisit().aged(17).agent(Relationship.GUARDIAN).decide().outcome());
        assertEquals(OutletVisit.Outcome.APPROVED, aVisit().aged(18).decide().outcome());
    }

    @Test
    void anAgentMustBeSomeoneElseWithAValidDocumentAndAPowerOfAttorneyStillInForce() {
        assertEquals(
                List.of(Reason.AGENT_IS_HOLDER),
                aVisit().agent(new AgentFacts(false, true, Relationship.SPOUSE, TODAY))
                        .decide()
                        .reasons());
        assertEquals(
                List.of(Reason.AGENT_DOCUMENT_EXPIRED),
                aVisit().agent(new AgentFacts(true, false, Relationship.SPOUSE, TODAY))
                        .decide()
                        .reasons());
        assertEquals(
                List.of(Reason.POWER_OF_ATTORNEY_EXPIRED),
                aVisit().agent(new AgentFacts(false, false, Relationship.SPOUSE, TODAY.minusDays(1)))
                        .decide()
                        .reasons());
        assertEquals(
                OutletVisit.Outcome.APPROVED,
                aVisit().agent(new AgentFacts(false, false, Relationship.SPOUSE, TODAY))
                        .decide()
                        .outcome());
    }

    @Test
    void whatTheRecordsSayRefusesToo() {
        assertEquals(
                new Decision(
                        OutletVisit.Outcome.REJECTED, List.of(Reason.NAME_CONFLICT, Reason.CARDS_PER_IDENTITY_LIMIT)),
                aVisit().records(Reason.NAME_CONFLICT, Reason.CARDS_PER_IDENTITY_LIMIT)
                        .decide());
    }

    @Test
    void staffMayReferACleanCaseButARefusalStaysARefusal() {
        assertEquals(
                new Decision(OutletVisit.Outcome.REFERRED, List.of(Reason.REFERRED_BY_STAFF)),
                aVisit().referred().decide());
        assertEquals(
                OutletVisit.Outcome.REJECTED,
                aVisit().faceNotMatching().referred().decide().outcome());
    }
}
