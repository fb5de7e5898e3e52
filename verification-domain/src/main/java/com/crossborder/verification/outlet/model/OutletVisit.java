package com.crossborder.verification.outlet.model;

import com.crossborder.verification.shared.model.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What happened at the counter: who came (the holder, or an agent for them), what staff saw and compared,
 * and the decision made on the spot, under a reference printed on the confirmation letter.
 */
@Entity
@Table(name = "outlet_visit")
public class OutletVisit {

    /** The decision on the spot. */
    public enum Outcome {
        APPROVED,
        REJECTED,
        REFERRED
    }

    @Id
    @Column(name = "application_id")
    private UUID applicationId;

    @Column(name = "reference", nullable = false, unique = true, length = 24)
    private String reference;

    @Column(name = "outlet_code", nullable = false, length = 32)
    private String outletCode;

    @Column(name = "staff_id", nullable = false)
    private UUID staffId;

    @Column(name = "staff_username", nullable = false, length = 64)
    private String staffUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 12)
    private Outcome outcome;

    @Column(name = "reasons", length = 300)
    private String reasons;

    @Column(name = "holder_name_masked", nullable = false, length = 80)
    private String holderNameMasked;

    @Column(name = "contact_phone_encrypted", nullable = false)
    private byte[] contactPhoneEncrypted;

    @Column(name = "contact_phone_masked", nullable = false, length = 20)
    private String contactPhoneMasked;

    @Column(name = "original_seen", nullable = false)
    private boolean originalSeen;

    @Column(name = "face_match", nullable = false)
    private boolean faceMatch;

    @Column(name = "live_photo_scan_id")
    private UUID livePhotoScanId;

    @Column(name = "agent_identity_index", length = 64)
    private String agentIdentityIndex;

    @Column(name = "agent_number_masked", length = 32)
    private String agentNumberMasked;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_relationship", length = 20)
    private Relationship agentRelationship;

    @Column(name = "poa_scan_id")
    private UUID powerOfAttorneyScanId;

    @Column(name = "poa_valid_until")
    private LocalDate powerOfAttorneyValidUntil;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    protected OutletVisit() {}

    /** The agent's part of a visit, when someone came for the holder. */
    public record Agent(
            String identityIndex,
            String numberMasked,
            Relationship relationship,
            UUID powerOfAttorneyScanId,
            LocalDate validUntil) {}

    public OutletVisit(
            UUID applicationId,
            String reference,
            String outletCode,
            UUID staffId,
            String staffUsername,
            Outcome outcome,
            List<Reason> reasons,
            String holderNameMasked,
            byte[] contactPhoneEncrypted,
            String contactPhoneMasked,
            boolean originalSeen,
            boolean faceMatch,
            UUID livePhotoScanId,
            Agent agent,
            Instant now,
            LocalDate businessDate) {
        this.applicationId = applicationId;
        this.reference = reference;
        this.outletCode = outletCode;
        this.staffId = staffId;
        this.staffUsername = staffUsername;
        this.outcome = outcome;
        this.reasons =
                reasons.isEmpty() ? null : reasons.stream().map(Enum::name).collect(Collectors.joining(","));
        this.holderNameMasked = holderNameMasked;
        this.contactPhoneEncrypted = contactPhoneEncrypted.clone();
        this.contactPhoneMasked = contactPhoneMasked;
        this.originalSeen = originalSeen;
        this.faceMatch = faceMatch;
        this.livePhotoScanId = livePhotoScanId;
        if (agent != null) {
            this.agentIdentityIndex = agent.identityIndex();
            this.agentNumberMasked = agent.numberMasked();
            this.agentRelationship = agent.relationship();
            this.powerOfAttorneyScanId = agent.powerOfAttorneyScanId();
            this.powerOfAttorneyValidUntil = agent.validUntil();
        }
        this.decidedAt = now;
        this.businessDate = businessDate;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public String reference() {
        return reference;
    }

    public String outletCode() {
        return outletCode;
    }

    public UUID staffId() {
        return staffId;
    }

    public String staffUsername() {
        return staffUsername;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<Reason> reasons() {
        return reasons == null
                ? List.of()
                : Arrays.stream(reasons.split(",")).map(Reason::valueOf).toList();
    }

    /** The scans this visit refers to (live photo, power of attorney). */
    public List<UUID> scanIds() {
        return Stream.of(livePhotoScanId, powerOfAttorneyScanId)
                .filter(id -> id != null)
                .toList();
    }

    /** Lets go of the scans once they are deleted after the retention period. */
    public void releaseScans() {
        livePhotoScanId = null;
        powerOfAttorneyScanId = null;
    }

    public String contactPhoneMasked() {
        return contactPhoneMasked;
    }

    public String holderNameMasked() {
        return holderNameMasked;
    }

    public byte[] contactPhoneEncrypted() {
        return contactPhoneEncrypted.clone();
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean byAgent() {
        return agentRelationship != null;
    }

    public boolean originalSeen() {
        return originalSeen;
    }

    public boolean faceMatch() {
        return faceMatch;
    }

    public Optional<UUID> livePhotoScanId() {
        return Optional.ofNullable(livePhotoScanId);
    }

    /** The agent who came for the holder, as recorded (masked number only); empty when the holder came in person. */
    public Optional<Agent> agent() {
        if (agentRelationship == null) {
            return Optional.empty();
        }
        return Optional.of(new Agent(
                agentIdentityIndex,
                agentNumberMasked,
                agentRelationship,
                powerOfAttorneyScanId,
                powerOfAttorneyValidUntil));
    }
}
