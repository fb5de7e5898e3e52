package com.crossborder.verification.application.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.account.usecase.PhoneProtection;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.CounterContacts;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.notification.usecase.Notifications;
import com.crossborder.verification.shared.model.Language;
import com.crossborder.verification.shared.model.PhoneNumber;
import com.crossborder.verification.shared.model.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a card holder hears about their application, in one place for every channel: by SMS to the applicant's account
 * phone for online applications, or to the contact phone recorded at the counter for those made at an outlet. The
 * message is queued in the outbox, in the transaction of the change that causes it.
 */
@ApplicationScoped
public class HolderNotices {

    /**
     * What to tell the holder of an application. A reason and photo names are put into words only when the holder's
     * language is known, when the notice is sent.
     */
    public record Notice(
            Application application,
            SmsTemplate template,
            Map<String, String> values,
            Reason reason,
            Set<PhotoKind> photos) {

        public Notice {
            Objects.requireNonNull(application, "application");
            values = Map.copyOf(values);
            photos = photos == null ? Set.of() : Set.copyOf(photos);
        }

        public Notice(Application application, SmsTemplate template, Map<String, String> values) {
            this(application, template, values, null, Set.of());
        }

        public static Notice approved(Application application) {
            return new Notice(application, SmsTemplate.APPLICATION_APPROVED, Map.of());
        }

        public static Notice rejected(Application application, Reason why) {
            return new Notice(application, SmsTemplate.APPLICATION_REJECTED, Map.of(), why, Set.of());
        }

        /** Referred from the counter to the back office; {@code why} is the counter's reason. */
        public static Notice referred(Application application, Reason why) {
            return new Notice(application, SmsTemplate.APPLICATION_REFERRED, Map.of(), why, Set.of());
        }

        public static Notice reuploadRequested(Application application, Set<PhotoKind> photos) {
            return new Notice(application, SmsTemplate.REUPLOAD_REQUESTED, Map.of(), null, photos);
        }

        public static Notice reverificationRequired(Application application) {
            return new Notice(application, SmsTemplate.REVERIFICATION_REQUIRED, Map.of());
        }

        /** Left untouched for {@code days} days and expired by the retention job. */
        public static Notice expired(Application application, long days) {
            return new Notice(application, SmsTemplate.APPLICATION_EXPIRED, Map.of("days", Long.toString(days)));
        }

        public static Notice expiryWarning(Application application, LocalDate expiry) {
            return new Notice(application, SmsTemplate.EXPIRY_WARNING, Map.of("date", expiry.toString()));
        }

        /** The template's values in the holder's language. */
        Map<String, String> valuesIn(Language language) {
            Map<String, String> all = new HashMap<>(values);
            all.put("card", application.cardNumberLastFour());
            if (reason != null) {
                all.put("reason", reason.message(language.locale()));
            }
            if (template == SmsTemplate.REUPLOAD_REQUESTED) {
                all.put(
                        "photos",
                        photos.stream()
                                .map(kind -> photoName(kind, language))
                                .sorted()
                                .collect(Collectors.joining(language == Language.EN ? ", " : "、")));
            }
            return all;
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    CounterContacts counterContacts;

    @Inject
    PhoneProtection phones;

    @Inject
    Notifications notifications;

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Notice notice) {
        tellAll(List.of(notice));
    }

    /** Each notice's holder told, their phones found with two queries for all of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellAll(List<Notice> notices) {
        Map<UUID, Account> applicants = accounts.withIds(notices.stream()
                .map(notice -> notice.application().applicantId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Set<UUID> atCounter = notices.stream()
                .map(Notice::application)
                .filter(application -> application.applicantId() == null)
                .map(Application::id)
                .collect(Collectors.toSet());
        Map<UUID, PhoneNumber> counterPhones = atCounter.isEmpty() ? Map.of() : counterContacts.of(atCounter);
        for (Notice notice : notices) {
            Application application = notice.application();
            Optional<Account> account =
                    Optional.ofNullable(application.applicantId()).map(applicants::get);
            Optional<PhoneNumber> phone = application.applicantId() != null
                    ? account.flatMap(Account::phoneEncrypted).map(phones::decrypt)
                    : Optional.ofNullable(counterPhones.get(application.id()));
            // a holder without an account reads the default language
            Language language = account.map(Account::language).orElse(Language.DEFAULT);
            phone.ifPresent(to -> notifications.send(to, notice.template(), notice.valuesIn(language), language));
        }
    }

    static String photoName(PhotoKind kind, Language language) {
        return switch (language) {
            case ZH_HANS ->
                switch (kind) {
                    case ID_FRONT -> "证件正面";
                    case ID_BACK -> "证件背面";
                    case FACE -> "本人照片";
                };
            case ZH_HANT ->
                switch (kind) {
                    case ID_FRONT -> "證件正面";
                    case ID_BACK -> "證件背面";
                    case FACE -> "本人相片";
                };
            case EN ->
                switch (kind) {
                    case ID_FRONT -> "document front";
                    case ID_BACK -> "document back";
                    case FACE -> "photo of yourself";
                };
        };
    }
}
