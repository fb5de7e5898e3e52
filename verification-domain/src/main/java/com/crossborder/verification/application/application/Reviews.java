package com.crossborder.verification.application.application;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.PhotoStore;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DecisionReason;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.ReviewSettings;
import com.crossborder.verification.audit.application.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.notification.model.SmsTemplate;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.ReasonCode;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The back office: the queue, claims, photo views (each audited) and decisions, told to the applicant by SMS. */
@ApplicationScoped
public class Reviews {

    /** A waiting application with what the screening rules say about it. */
    public record QueueEntry(Application application, String numberMasked, List<DecisionReason> screening) {
    }

    /** A photo as the reviewer sees it. */
    public record Photo(String mediaType, byte[] content) {
    }

    @Inject
    Applications applications;

    @Inject
    Screening screening;

    @Inject
    PhotoStore photos;

    @Inject
    Cards cards;

    @Inject
    HolidayCalendar calendar;

    @Inject
    ReviewSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** A page of the queue, screened with a fixed number of queries for the whole page. */
    @Transactional
    public List<QueueEntry> queue(int page, int size) {
        List<Application> waiting = applications.reviewQueue(page * size, size);
        Map<UUID, List<DecisionReason>> problems = screening.problems(waiting);
        // The screening loaded the declarations: finding them again costs no query.
        return waiting.stream()
                .map(application -> new QueueEntry(application,
                        applications.identityOf(application.id()).map(DeclaredIdentity::numberMasked).orElse(null),
                        problems.get(application.id())))
                .toList();
    }

    /** Every rule the application breaks now; empty when nothing stands in the way of approval. */
    @Transactional
    public List<DecisionReason> screen(Application application) {
        return screening.problems(application);
    }

    @Transactional
    public Application claim(Actor reviewer, UUID applicationId) {
        Application application = find(applicationId);
        application.claim(accountId(reviewer), clock.now(), settings.claimHold());
        audit.record(reviewer, "APPLICATION_CLAIMED", "Application", applicationId.toString(), "");
        return application;
    }

    /** Only the reviewer holding the claim sees the photos, and every view is recorded. */
    @Transactional
    public Photo viewPhoto(Actor reviewer, UUID applicationId, PhotoKind kind) {
        Application application = find(applicationId);
        if (!application.claimedBy().map(accountId(reviewer)::equals).orElse(false)) {
            throw Rejection.forbidden(ReasonCode.NOT_CLAIMED);
        }
        PhotoStore.StoredPhoto photo = photos.get(applicationId, kind)
                .orElseThrow(() -> Rejection.notFound(ReasonCode.NOT_FOUND));
        audit.record(reviewer, "PHOTO_VIEWED", "Application", applicationId.toString(), "kind=" + kind);
        return new Photo(photo.mediaType(), photo.content());
    }

    @Transactional
    public Application approve(Actor reviewer, UUID applicationId) {
        Application application = find(applicationId);
        List<DecisionReason> problems = screen(application);
        if (!problems.isEmpty()) {
            throw Rejection.ruleViolated(problems.get(0).code());
        }
        application.approve(accountId(reviewer), clock.now());
        DeclaredIdentity identity = applications.identityOf(applicationId).orElseThrow();
        Card card = cards.withId(application.cardId()).orElseThrow();
        card.verifiedFor(identity.identityIndex(), clock.now());
        tell(application, SmsTemplate.APPLICATION_APPROVED, Map.of());
        audit.record(reviewer, "APPLICATION_APPROVED", "Application", applicationId.toString(), "card=" + card.id());
        return application;
    }

    @Transactional
    public Application reject(Actor reviewer, UUID applicationId, DecisionReason why) {
        Application application = find(applicationId);
        application.reject(accountId(reviewer), why, clock.now());
        cards.withId(application.cardId()).ifPresent(Card::verificationRefused);
        tell(application, SmsTemplate.APPLICATION_REJECTED, Map.of("reason", why.code().message(Locale.SIMPLIFIED_CHINESE)));
        audit.record(reviewer, "APPLICATION_REJECTED", "Application", applicationId.toString(), "reason=" + why);
        return application;
    }

    @Transactional
    public Application requestReupload(Actor reviewer, UUID applicationId, Set<PhotoKind> photos) {
        Application application = find(applicationId);
        application.requestReupload(accountId(reviewer), photos, calendar.current(), clock.now());
        if (application.reason().orElse(null) == DecisionReason.REUPLOAD_LIMIT_REACHED) {
            cards.withId(application.cardId()).ifPresent(Card::verificationRefused);
            tell(application, SmsTemplate.APPLICATION_REJECTED,
                    Map.of("reason", DecisionReason.REUPLOAD_LIMIT_REACHED.code().message(Locale.SIMPLIFIED_CHINESE)));
            audit.record(reviewer, "APPLICATION_REJECTED", "Application", applicationId.toString(), "reason=REUPLOAD_LIMIT_REACHED");
        } else {
            tell(application, SmsTemplate.REUPLOAD_REQUESTED, Map.of("photos", photos.stream().map(Reviews::chinese)
                    .sorted().collect(Collectors.joining("、"))));
            audit.record(reviewer, "REUPLOAD_REQUESTED", "Application", applicationId.toString(), "photos=" + photos);
        }
        return application;
    }

    @Transactional
    public Application find(UUID applicationId) {
        return applications.withId(applicationId).orElseThrow(() -> Rejection.notFound(ReasonCode.APPLICATION_NOT_FOUND));
    }

    private void tell(Application application, SmsTemplate template, Map<String, String> values) {
        screening.tell(application, template, values);
    }

    private static String chinese(PhotoKind kind) {
        return switch (kind) {
            case ID_FRONT -> "证件正面";
            case ID_BACK -> "证件背面";
            case FACE -> "本人照片";
        };
    }

    private static UUID accountId(Actor actor) {
        return UUID.fromString(actor.id());
    }
}
