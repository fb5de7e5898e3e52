package com.crossborder.verification.outlet.application;

import com.crossborder.verification.application.application.IdentityProtection;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.audit.application.AuditLog;
import com.crossborder.verification.outlet.infrastructure.ConfirmationLetter;
import com.crossborder.verification.outlet.infrastructure.ScanCheck;
import com.crossborder.verification.outlet.model.Outlet;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.outlet.model.Scan;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.ReasonCode;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Around the counter: outlets, scans, confirmation letters and their public check, the daily report. */
@ApplicationScoped
public class OutletOffice {

    /** Counts for end-of-day reconciliation. */
    public record DailyReport(String outletCode, LocalDate date, int total, Map<String, Integer> byOutcome,
                              Map<String, Map<String, Integer>> byStaff) {
    }

    /** What anyone holding a letter may confirm: masked data only. */
    public record LetterCheck(String reference, String outcome, String holderName, String maskedNumber, String cardLastFour,
                              String outletName, java.time.Instant decidedAt) {
    }

    private static final DateTimeFormatter LETTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    OutletVisits visits;

    @Inject
    Applications applications;

    @Inject
    OutletDesk desk;

    @Inject
    ScanCheck scanCheck;

    @Inject
    IdentityProtection protection;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public Outlet open(Actor admin, String code, String name, String address, String timeZone) {
        Outlet outlet = Outlet.open(code, name, address, timeZone == null ? clock.zone().getId() : timeZone, clock.now());
        if (visits.outlet(code).isPresent()) {
            throw Rejection.stateConflict(ReasonCode.OUTLET_CODE_TAKEN);
        }
        try {
            visits.addOutlet(outlet);
        } catch (PersistenceException raced) {
            throw Rejection.stateConflict(ReasonCode.OUTLET_CODE_TAKEN);
        }
        audit.record(admin, "OUTLET_OPENED", "Outlet", code, "");
        return outlet;
    }

    @Transactional
    public List<Outlet> outlets() {
        return visits.outlets();
    }

    @Transactional
    public Scan takeScan(Actor staff, byte[] content) {
        String outletCode = desk.staffAccount(staff).outletCode().orElseThrow(() -> Rejection.forbidden(ReasonCode.FORBIDDEN));
        ScanCheck.CheckedScan checked = scanCheck.check(content);
        Scan scan = new Scan(outletCode, UUID.fromString(staff.id()), checked.mediaType(),
                protection.encryptScan(checked.content()), clock.now());
        visits.addScan(scan);
        audit.record(staff, "SCAN_TAKEN", "Scan", scan.id().toString(), "outlet=" + outletCode + " type=" + checked.mediaType());
        return scan;
    }

    /** The letter for a visit at the caller's outlet; every print is audited (it shows personal data, masked). */
    @Transactional
    public byte[] letter(Actor staff, UUID applicationId, String verificationBaseUrl) {
        OutletVisit visit = desk.visitAtOwnOutlet(staff, applicationId);
        DeclaredIdentity identity = applications.identityOf(applicationId).orElseThrow();
        Outlet outlet = visits.outlet(visit.outletCode()).orElseThrow();
        String cardNumber = applications.withId(applicationId).orElseThrow().cardNumber();
        byte[] pdf = ConfirmationLetter.render(new ConfirmationLetter.Content(visit.reference(), visit.holderNameMasked(),
                identity.numberMasked(), cardNumber, outlet.name() + " (" + outlet.code() + ")", visit.staffUsername(),
                LETTER_TIME.format(visit.decidedAt().atZone(outlet.timeZone())), outcome(visit.outcome()),
                visit.reasons().stream().map(code -> ReasonCode.valueOf(code).message(Locale.SIMPLIFIED_CHINESE)).toList(),
                verificationBaseUrl + visit.reference()));
        audit.record(staff, "LETTER_PRINTED", "Application", applicationId.toString(), "ref=" + visit.reference());
        return pdf;
    }

    @Transactional
    public LetterCheck check(String reference) {
        if (reference == null || reference.length() > 24) {
            throw Rejection.notFound(ReasonCode.LETTER_NOT_FOUND);
        }
        OutletVisit visit = visits.withReference(reference).orElseThrow(() -> Rejection.notFound(ReasonCode.LETTER_NOT_FOUND));
        DeclaredIdentity identity = applications.identityOf(visit.applicationId()).orElseThrow();
        String card = applications.withId(visit.applicationId()).orElseThrow().cardNumber();
        Outlet outlet = visits.outlet(visit.outletCode()).orElseThrow();
        return new LetterCheck(visit.reference(), visit.outcome().name(), visit.holderNameMasked(), identity.numberMasked(),
                card.substring(card.length() - 4), outlet.name(), visit.decidedAt());
    }

    @Transactional
    public DailyReport daily(Actor staff, LocalDate date) {
        String outletCode = desk.staffAccount(staff).outletCode().orElseThrow(() -> Rejection.forbidden(ReasonCode.FORBIDDEN));
        List<OutletVisit> day = visits.onDay(outletCode, date == null ? clock.today() : date);
        Map<String, Integer> byOutcome = new TreeMap<>();
        for (OutletVisit.Outcome outcome : OutletVisit.Outcome.values()) {
            byOutcome.put(outcome.name(), 0);
        }
        Map<String, Map<String, Integer>> byStaff = new TreeMap<>();
        for (OutletVisit visit : day) {
            byOutcome.merge(visit.outcome().name(), 1, Integer::sum);
            byStaff.computeIfAbsent(visit.staffUsername(), s -> new TreeMap<>()).merge(visit.outcome().name(), 1, Integer::sum);
        }
        return new DailyReport(outletCode, date == null ? clock.today() : date, day.size(), byOutcome, byStaff);
    }

    private static String outcome(OutletVisit.Outcome outcome) {
        return switch (outcome) {
            case APPROVED -> "已通过（中港通卡已可正常使用）";
            case REJECTED -> "未通过";
            case REFERRED -> "已转交后台审核（3个工作日内短信通知结果）";
        };
    }
}
