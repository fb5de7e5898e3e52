package com.crossborder.verification.outlet.model;

import com.crossborder.verification.shared.model.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision staff make at the counter, from what they saw and what the records say. Approval needs the
 * original seen, a positive face comparison, a valid document, a proper agent where one is needed, and clean
 * records; any of those failing refuses with its reason; staff may refer the case instead.
 */
public final class CounterDecision {

    /** Everything the decision depends on. {@code agent} is null when the holder came in person. */
    public record Facts(
            boolean holderDocumentExpired,
            int holderAge,
            boolean originalSeen,
            boolean faceMatch,
            AgentFacts agent,
            List<Reason> recordProblems,
            boolean referralRequested,
            LocalDate today) {}

    /** What staff recorded about an agent. */
    public record AgentFacts(
            boolean documentExpired,
            boolean sameIdentityAsHolder,
            Relationship relationship,
            LocalDate powerOfAttorneyValidUntil) {}

    /** The outcome and every reason behind it (empty for an approval). */
    public record Decision(OutletVisit.Outcome outcome, List<Reason> reasons) {}

    private CounterDecision() {}

    public static Decision decide(Facts facts) {
        List<Reason> reasons = new ArrayList<>();
        if (facts.holderDocumentExpired()) {
            reasons.add(Reason.DOCUMENT_EXPIRED);
        }
        if (!facts.originalSeen()) {
            reasons.add(Reason.ORIGINAL_NOT_SEEN);
        }
        if (!facts.faceMatch()) {
            reasons.add(Reason.FACE_MISMATCH);
        }
        AgentFacts agent = facts.agent();
        if (facts.holderAge() < 18 && (agent == null || !agent.relationship().mayActForMinor())) {
            reasons.add(Reason.MINOR_NEEDS_GUARDIAN);
        }
        if (agent != null) {
            if (agent.sameIdentityAsHolder()) {
                reasons.add(Reason.AGENT_IS_HOLDER);
            }
            if (agent.documentExpired()) {
                reasons.add(Reason.AGENT_DOCUMENT_EXPIRED);
            }
            if (agent.powerOfAttorneyValidUntil().isBefore(facts.today())) {
                reasons.add(Reason.POWER_OF_ATTORNEY_EXPIRED);
            }
        }
        reasons.addAll(facts.recordProblems());
        if (!reasons.isEmpty()) {
            return new Decision(OutletVisit.Outcome.REJECTED, reasons);
        }
        if (facts.referralRequested()) {
            return new Decision(OutletVisit.Outcome.REFERRED, List.of(Reason.REFERRED_BY_STAFF));
        }
        return new Decision(OutletVisit.Outcome.APPROVED, List.of());
    }
}
