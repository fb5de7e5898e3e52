package com.crossborder.verification.outlet.usecase;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.outlet.model.Outlet;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.outlet.model.Outlets;
import com.crossborder.verification.outlet.model.Relationship;
import com.crossborder.verification.outlet.model.Scan;
import com.crossborder.verification.outlet.model.Scans;
import com.crossborder.verification.review.usecase.Reviews;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a counter recorded for a case it referred to the back office, for the reviewer deciding it: the visit (masked
 * data only) and its scans, the live photo and the power of attorney. Only the reviewer holding a live claim sees them,
 * and every scan shown is audited, as photos are.
 */
@ApplicationScoped
public class CounterEvidence {

    /** Which of the counter's scans this is. */
    public enum ScanKind {
        LIVE_PHOTO,
        POWER_OF_ATTORNEY
    }

    /** A scan of the visit, described without its content. */
    public record ScanEntry(UUID id, ScanKind kind, String mediaType, Instant takenAt) {}

    /** The agent who came for the holder. */
    public record AgentEntry(String numberMasked, Relationship relationship, LocalDate powerOfAttorneyValidUntil) {}

    /** The visit as the reviewer reads it. */
    public record CounterRecord(
            String reference,
            String outletCode,
            String outletName,
            String staffUsername,
            Instant decidedAt,
            String outcome,
            List<Reason> reasons,
            String holderNameMasked,
            String contactPhoneMasked,
            boolean originalSeen,
            boolean faceMatch,
            AgentEntry agent,
            List<ScanEntry> scans) {}

    /** A scan's content, decrypted for the one view. */
    public record ScanContent(String mediaType, byte[] content) {}

    @Inject
    OutletVisits visits;

    @Inject
    Outlets outlets;

    @Inject
    Scans scans;

    @Inject
    Reviews reviews;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** Which of these applications were made at a counter (and so have a visit to show). */
    @Transactional
    public Set<UUID> madeAtCounter(Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Set.of();
        }
        return visits.ofApplications(applicationIds).stream()
                .map(OutletVisit::applicationId)
                .collect(Collectors.toSet());
    }

    /** The visit behind an application, for the reviewer holding its claim; 404 for an online application. */
    @Transactional
    public CounterRecord of(Actor reviewer, UUID applicationId) {
        OutletVisit visit = visitForClaimHolder(reviewer, applicationId);
        String outletName =
                outlets.withCode(visit.outletCode()).map(Outlet::name).orElse(visit.outletCode());
        List<ScanEntry> entries = new ArrayList<>();
        visit.livePhotoScanId().flatMap(scans::withId).ifPresent(scan -> entries.add(entry(scan, ScanKind.LIVE_PHOTO)));
        visit.agent()
                .map(OutletVisit.Agent::powerOfAttorneyScanId)
                .flatMap(scans::withId)
                .ifPresent(scan -> entries.add(entry(scan, ScanKind.POWER_OF_ATTORNEY)));
        return new CounterRecord(
                visit.reference(),
                visit.outletCode(),
                outletName,
                visit.staffUsername(),
                visit.decidedAt(),
                visit.outcome().name(),
                visit.reasons(),
                visit.holderNameMasked(),
                visit.contactPhoneMasked(),
                visit.originalSeen(),
                visit.faceMatch(),
                visit.agent()
                        .map(agent -> new AgentEntry(agent.numberMasked(), agent.relationship(), agent.validUntil()))
                        .orElse(null),
                entries);
    }

    /** One scan of the visit, decrypted for the reviewer holding the claim; the view is audited. */
    @Transactional
    public ScanContent scan(Actor reviewer, UUID applicationId, UUID scanId) {
        OutletVisit visit = visitForClaimHolder(reviewer, applicationId);
        if (!visit.scanIds().contains(scanId)) {
            throw Rejection.notFound(Reason.SCAN_NOT_FOUND);
        }
        Scan scan = scans.withId(scanId).orElseThrow(() -> Rejection.notFound(Reason.SCAN_NOT_FOUND));
        byte[] content = cipher.decrypt(scan.contentEncrypted(), OutletOffice.SCAN_CONTEXT);
        audit.record(reviewer, "SCAN_VIEWED", "Application", applicationId.toString(), "scan=" + scanId);
        return new ScanContent(scan.mediaType(), content);
    }

    private OutletVisit visitForClaimHolder(Actor reviewer, UUID applicationId) {
        Application application = reviews.find(applicationId);
        if (!application.claimHeldBy(UUID.fromString(reviewer.id()), clock.now())) {
            throw Rejection.forbidden(Reason.NOT_CLAIMED);
        }
        return visits.ofApplication(applicationId).orElseThrow(() -> Rejection.notFound(Reason.NOT_FOUND));
    }

    private static ScanEntry entry(Scan scan, ScanKind kind) {
        return new ScanEntry(scan.id(), kind, scan.mediaType(), scan.createdAt());
    }
}
