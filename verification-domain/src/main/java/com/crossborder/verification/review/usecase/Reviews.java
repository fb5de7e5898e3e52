package com.crossborder.verification.review.usecase;

import com.crossborder.verification.account.model.Account;
import com.crossborder.verification.account.model.Accounts;
import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.ApplicationRecord;
import com.crossborder.verification.application.model.Applications;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.PhotoStore;
import com.crossborder.verification.application.usecase.ApplicationRecords;
import com.crossborder.verification.application.usecase.HolderNotices;
import com.crossborder.verification.application.usecase.HolderNotices.Notice;
import com.crossborder.verification.application.usecase.HolidayCalendar;
import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardEvents;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.identity.model.IdentityLocks;
import com.crossborder.verification.identity.usecase.IdentityProtection;
import com.crossborder.verification.review.model.ReviewCase;
import com.crossborder.verification.review.model.ReviewComment;
import com.crossborder.verification.review.model.ReviewComments;
import com.crossborder.verification.review.model.ReviewSettings;
import com.crossborder.verification.review.model.WaitingApplications;
import com.crossborder.verification.shared.crypto.FieldCipher;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.PageRequest;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The back office: the queue, claims, photo views (each audited) and decisions, told to the holder by SMS. A reviewer
 * may write a comment beside a decision; it is kept for staff, encrypted, and never shown to the holder.
 */
@ApplicationScoped
public class Reviews {

    /** A waiting application with what the screening rules say about it. */
    public record QueueEntry(Application application, String numberMasked, List<Reason> screening) {}

    /** A photo as the reviewer sees it. */
    public record Photo(String mediaType, byte[] content) {}

    static final String COMMENT_CONTEXT = "review_comment.text";

    @Inject
    Applications applications;

    @Inject
    WaitingApplications waiting;

    @Inject
    ApplicationRecords records;

    @Inject
    Screening screening;

    @Inject
    PhotoStore photos;

    @Inject
    Cards cards;

    @Inject
    CardEvents cardEvents;

    @Inject
    HolidayCalendar calendar;

    @Inject
    HolderNotices notices;

    @Inject
    ReviewComments comments;

    @Inject
    FieldCipher cipher;

    @Inject
    IdentityProtection identities;

    @Inject
    ReviewSettings settings;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    @Inject
    IdentityLocks identityLocks;

    /** A page of the queue, screened with a fixed number of queries for the whole page. */
    @Transactional
    public List<QueueEntry> queue(int page, int size) {
        List<Application> waitingPage = waiting.queue(PageRequest.offset(page, size), size);
        Map<UUID, List<Reason>> problems = screening.problems(waitingPage);
        // The screening loaded the declarations: finding them again costs no query.
        return waitingPage.stream()
                .map(application -> new QueueEntry(
                        application,
                        applications
                                .identityOf(application.id())
                                .map(DeclaredIdentity::numberMasked)
                                .orElse(null),
                        problems.get(application.id())))
                .toList();
    }

    /** An application as staff see it: its record, the screening rules' verdict now and the reviewers' comments. */
    @Transactional
    public ReviewCase caseOf(UUID applicationId) {
        Application application = find(applicationId);
        List<ReviewCase.Comment> written = comments.of(applicationId).stream()
                .map(comment -> new ReviewCase.Comment(
                        comment.createdAt(),
                        comment.decision(),
                        cipher.decryptText(comment.textEncrypted(), COMMENT_CONTEXT)))
                .toList();
        ApplicationRecord record = records.of(application);
        String nameMasked = record.identity()
                .map(identity -> identities.maskedName(identity.nameEncrypted()))
                .orElse(null);
        return new ReviewCase(record, nameMasked, screening.problems(application), written);
    }

    @Transactional
    public Application claim(Actor reviewer, UUID applicationId) {
        Application application = find(applicationId);
        refuseOwnIdentity(reviewer, applicationId);
        application.claim(accountId(reviewer), clock.now(), settings.claimHold());
        audit.record(reviewer, "APPLICATION_CLAIMED", "Application", applicationId.toString(), "");
        return application;
    }

    /** Only the reviewer holding the claim sees the photos, and every view is recorded. */
    @Transactional
    public Photo viewPhoto(Actor reviewer, UUID applicationId, PhotoKind kind) {
        Application application = find(applicationId);
        // A live claim: once it has run out, the photos are no longer this reviewer's to see.
        if (!application.claimHeldBy(accountId(reviewer), clock.now())) {
            throw Rejection.forbidden(Reason.NOT_CLAIMED);
        }
        refuseOwnIdentity(reviewer, applicationId);
        PhotoStore.StoredPhoto photo =
                photos.get(applicationId, kind).orElseThrow(() -> Rejection.notFound(Reason.NOT_FOUND));
        audit.record(reviewer, "PHOTO_VIEWED", "Application", applicationId.toString(), "kind=" + kind);
        return new Photo(photo.mediaType(), photo.content());
    }

    /** Approves, unless a screening rule stands in the way now; the card becomes usable and the holder is told. */
    @Transactional
    public Application approve(Actor reviewer, UUID applicationId, String comment) {
        Optional<String> note = commentText(comment);
        // The identity first (see IdentityLocks for the order): a second approval for the same person waits here and
        // then sees this one's card and name.
        applications
                .identityOf(applicationId)
                .map(DeclaredIdentity::identityIndex)
                .ifPresent(identityLocks::lock);
        Application application = find(applicationId);
        refuseOwnIdentity(reviewer, applicationId);
        List<Reason> problems = screening.problems(application);
        if (!problems.isEmpty()) {
            throw Rejection.ruleViolated(problems.get(0));
        }
        application.approve(accountId(reviewer), clock.now());
        DeclaredIdentity identity = applications.identityOf(applicationId).orElseThrow();
        Card card = cards.withId(application.cardId()).orElseThrow();
        card.verifiedFor(identity.identityIndex(), clock.now(), application.channel(), applicationId, cardEvents);
        notices.tell(Notice.approved(application));
        audit.record(
                reviewer,
                "APPLICATION_APPROVED",
                "Application",
                applicationId.toString(),
                "card=" + card.id() + keep(reviewer, application, "APPROVE", note));
        return application;
    }

    /** Rejects with a reason a reviewer may choose; the holder is told the reason. */
    @Transactional
    public Application reject(Actor reviewer, UUID applicationId, Reason why, String comment) {
        if (why == null || !why.chosenByReviewers()) {
            throw Rejection.onField("reasonCode", Reason.DECISION_REASON_INVALID);
        }
        Optional<String> note = commentText(comment);
        Application application = find(applicationId);
        refuseOwnIdentity(reviewer, applicationId);
        application.reject(accountId(reviewer), why, clock.now());
        cards.withId(application.cardId())
                .ifPresent(card ->
                        card.verificationRefused(application.channel(), applicationId, clock.now(), cardEvents));
        notices.tell(Notice.rejected(application, why));
        audit.record(
                reviewer,
                "APPLICATION_REJECTED",
                "Application",
                applicationId.toString(),
                "reason=" + why + keep(reviewer, application, "REJECT", note));
        return application;
    }

    /** Asks for the named photos again; past the last round this is a final rejection instead. */
    @Transactional
    public Application requestReupload(Actor reviewer, UUID applicationId, Set<PhotoKind> photos, String comment) {
        Optional<String> note = commentText(comment);
        Application application = find(applicationId);
        refuseOwnIdentity(reviewer, applicationId);
        application.requestReupload(accountId(reviewer), photos, calendar.current(), clock.now());
        String kept = keep(reviewer, application, "REQUEST_REUPLOAD", note);
        if (application.reason().orElse(null) == Reason.REUPLOAD_LIMIT_REACHED) {
            cards.withId(application.cardId())
                    .ifPresent(card ->
                            card.verificationRefused(application.channel(), applicationId, clock.now(), cardEvents));
            notices.tell(Notice.rejected(application, Reason.REUPLOAD_LIMIT_REACHED));
            audit.record(
                    reviewer,
                    "APPLICATION_REJECTED",
                    "Application",
                    applicationId.toString(),
                    "reason=REUPLOAD_LIMIT_REACHED" + kept);
        } else {
            notices.tell(Notice.reuploadRequested(application, photos));
            audit.record(
                    reviewer, "REUPLOAD_REQUESTED", "Application", applicationId.toString(), "photos=" + photos + kept);
        }
        return application;
    }

    @Transactional
    public Application find(UUID applicationId) {
        return applications.withId(applicationId).orElseThrow(() -> Rejection.notFound(Reason.APPLICATION_NOT_FOUND));
    }

    /** A comment as it will be kept: none when blank; at most {@link ReviewComment#MAX_LENGTH} characters. */
    private static Optional<String> commentText(String comment) {
        Optional<String> text = Optional.ofNullable(comment).map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().codePointCount(0, text.get().length()) > ReviewComment.MAX_LENGTH) {
            throw Rejection.onField("comment", Reason.FIELD_OUT_OF_RANGE);
        }
        return text;
    }

    /** Keeps the comment for staff; the audit row names it (its text stays out of the trail). */
    private String keep(Actor reviewer, Application application, String decision, Optional<String> text) {
        if (text.isEmpty()) {
            return "";
        }
        ReviewComment kept = new ReviewComment(
                application.id(),
                accountId(reviewer),
                decision,
                cipher.encryptText(text.get(), COMMENT_CONTEXT),
                clock.now());
        comments.add(kept);
        return " comment=" + kept.id();
    }

    /** Nobody claims, sees the photos of or decides an application for their own identity. */
    private void refuseOwnIdentity(Actor reviewer, UUID applicationId) {
        Optional<String> own = accounts.withId(accountId(reviewer)).flatMap(Account::identityIndex);
        if (own.isPresent()
                && applications
                        .identityOf(applicationId)
                        .map(DeclaredIdentity::identityIndex)
                        .filter(own.get()::equals)
                        .isPresent()) {
            throw Rejection.forbidden(Reason.SELF_PROCESSING_FORBIDDEN);
        }
    }

    private static UUID accountId(Actor actor) {
        return UUID.fromString(actor.id());
    }
}
