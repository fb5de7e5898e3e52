package com.crossborder.verification.outlet.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.outlet.model.LetterPrinter;
import com.crossborder.verification.outlet.model.Outlet;
import com.crossborder.verification.outlet.model.OutletVisit;
import com.crossborder.verification.outlet.model.OutletVisits;
import com.crossborder.verification.outlet.model.Outlets;
import com.crossborder.verification.outlet.model.Scan;
import com.crossborder.verification.outlet.model.ScanChecker;
import com.crossborder.verification.outlet.model.Scans;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Around the counter: outlets, scans, confirmation letters and their public check, the daily report. */
@ApplicationScoped
public class OutletOffice {

    /** Counts for end-of-day reconciliation. */
    public record DailyReport(
            String outletCode,
            LocalDate date,
            int total,
            Map<String, Integer> byOutcome,
            Map<String, Map<String, Integer>> byStaff) {}

    /** What anyone holding a letter may confirm: masked data only. */
    public record LetterCheck(
            String reference,
            String outcome,
            String holderName,
            String maskedNumber,
            String cardLastFour,
            String outletName,
            Instant decidedAt) {}

    private static final DateTimeFormatter LETTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final String SCAN_CONTEXT = "outlet_scan.content";

    @Inject
    Accounts accounts;

    @Inject
    Outlets outlets;

    @Inject
    Scans scans;

    @Inject
    OutletVisits visits;

    @Inject
    Applications applications;

    @Inject
    OutletDesk desk;

    @Inject
    ScanChecker scanChecker;

    @Inject
    LetterPrinter printer;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Transactional
    public Outlet open(Actor admin, String code, String name, String address, String timeZone) {
        Outlet outlet =
                Outlet.open(code, name, address, timeZone == null ? clock.zone().getId() : timeZone, clock.now());
        if (outlets.withCode(code).isPresent()) {
            throw Rejection.stateConflict(Reason.OUTLET_CODE_TAKEN);
        }
        try {
            outlets.add(outlet);
        } catch (PersistenceException raced) {
            throw Rejection.stateConflict(Reason.OUTLET_CODE_TAKEN);
        }
        audit.record(admin, "OUTLET_OPENED", "Outlet", code, "");
        return outlet;
    }

    @Transactional
    public List<Outlet> outlets() {
        return outlets.all();
    }

    @Transactional
    public Scan takeScan(Actor staff, byte[] content) {
        String outletCode = OutletDesk.outletOf(desk.staffAccount(staff));
        ScanChecker.CheckedScan checked = scanChecker.check(content);
        Scan scan = new Scan(
                outletCode,
                UUID.fromString(staff.id()),
                checked.mediaType(),
                cipher.encrypt(checked.content(), SCAN_CONTEXT),
                clock.now());
        scans.add(scan);
        audit.record(
                staff,
                "SCAN_TAKEN",
                "Scan",
                scan.id().toString(),
                "outlet=" + outletCode + " type=" + checked.mediaType());
        return scan;
    }

    /** The letter in simplified Chinese. */
    @Transactional
    public byte[] letter(Actor staff, UUID applicationId, String verificationBaseUrl) {
        return letter(staff, applicationId, verificationBaseUrl, Optional.empty(), Optional.empty());
    }

    /**
     * The letter for a visit at the caller's outlet; every print is audited (it shows personal data, masked). Its
     * language: the one asked for, else the holder's account's (once the card was claimed into an app account), else
     * the one the request reads, else simplified Chinese.
     */
    @Transactional
    public byte[] letter(
            Actor staff,
            UUID applicationId,
            String verificationBaseUrl,
            Optional<Language> asked,
            Optional<Language> requestLanguage) {
        OutletVisit visit = desk.visitAtOwnOutlet(staff, applicationId);
        DeclaredIdentity identity = applications.identityOf(applicationId).orElseThrow();
        Outlet outlet = outlets.withCode(visit.outletCode()).orElseThrow();
        Application application = applications.withId(applicationId).orElseThrow();
        String cardNumber = application.cardNumber();
        Language language = asked.or(() -> Optional.ofNullable(application.applicantId())
                        .flatMap(accounts::withId)
                        .flatMap(Account::chosenLanguage))
                .or(() -> requestLanguage)
                .orElse(Language.DEFAULT);
        byte[] pdf = printer.print(new LetterPrinter.Letter(
                visit.reference(),
                visit.holderNameMasked(),
                identity.numberMasked(),
                cardNumber,
                outlet.name() + " (" + outlet.code() + ")",
                visit.staffUsername(),
                LETTER_TIME.format(visit.decidedAt().atZone(outlet.timeZone())),
                outcome(visit.outcome(), language),
                visit.reasons().stream()
                        .map(reason -> reason.message(language.locale()))
                        .toList(),
                verificationBaseUrl + visit.reference(),
                language));
        audit.record(
                staff,
                "LETTER_PRINTED",
                "Application",
                applicationId.toString(),
                "ref=" + visit.reference() + " language=" + language.tag());
        return pdf;
    }

    @Transactional
    public LetterCheck check(String reference) {
        if (reference == null || reference.length() > 24) {
            throw Rejection.notFound(Reason.LETTER_NOT_FOUND);
        }
        OutletVisit visit =
                visits.withReference(reference).orElseThrow(() -> Rejection.notFound(Reason.LETTER_NOT_FOUND));
        DeclaredIdentity identity =
                applications.identityOf(visit.applicationId()).orElseThrow();
        String cardLastFour =
                applications.withId(visit.applicationId()).orElseThrow().cardNumberLastFour();
        Outlet outlet = outlets.withCode(visit.outletCode()).orElseThrow();
        return new LetterCheck(
                visit.reference(),
                visit.outcome().name(),
                visit.holderNameMasked(),
                identity.numberMasked(),
                cardLastFour,
                outlet.name(),
                visit.decidedAt());
    }

    @Transactional
    public DailyReport daily(Actor staff, LocalDate date) {
        String outletCode = OutletDesk.outletOf(desk.staffAccount(staff));
        List<OutletVisit> day = visits.onDay(outletCode, date == null ? clock.today() : date);
        Map<String, Integer> byOutcome = new TreeMap<>();
        for (OutletVisit.Outcome outcome : OutletVisit.Outcome.values()) {
            byOutcome.put(outcome.name(), 0);
        }
        Map<String, Map<String, Integer>> byStaff = new TreeMap<>();
        for (OutletVisit visit : day) {
            byOutcome.merge(visit.outcome().name(), 1, Integer::sum);
            byStaff.computeIfAbsent(visit.staffUsername(), s -> new TreeMap<>())
                    .merge(visit.outcome().name(), 1, Integer::sum);
        }
        return new DailyReport(outletCode, date == null ? clock.today() : date, day.size(), byOutcome, byStaff);
    }

    private static String outcome(OutletVisit.Outcome outcome, Language language) {
        return switch (language) {
            case ZH_HANS ->
                switch (outcome) {
                    case APPROVED -> "已通过（中港通卡已可正常使用）";
                    case REJECTED -> "未通过";
                    case REFERRED -> "已转交后台审核（3个工作日内短信通知结果）";
                };
            case ZH_HANT ->
                switch (outcome) {
                    case APPROVED -> "已通過（中港通卡已可正常使用）";
                    case REJECTED -> "未獲通過";
                    case REFERRED -> "已轉交後台審核（3個工作天內以短訊通知結果）";
                };
            case EN ->
                switch (outcome) {
                    case APPROVED -> "Approved (the card is ready to use)";
                    case REJECTED -> "Not approved";
                    case REFERRED -> "Referred to the back office (result by SMS within 3 working days)";
                };
        };
    }
}
