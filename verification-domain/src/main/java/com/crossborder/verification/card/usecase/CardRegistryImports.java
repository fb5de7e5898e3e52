package com.crossborder.verification.card.usecase;

import com.crossborder.verification.audit.usecase.AuditLog;
import com.crossborder.verification.card.model.CardEvents;
import com.crossborder.verification.card.model.CardFile;
import com.crossborder.verification.card.model.CardFileFormat;
import com.crossborder.verification.card.model.CardFileFormat.ParsedLine;
import com.crossborder.verification.card.model.CardFileLine;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.card.model.CardRegistry;
import com.crossborder.verification.card.model.Cards;
import com.crossborder.verification.card.model.CheckCode;
import com.crossborder.verification.card.model.RegisteredCard;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.BusinessClock;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The operator's card file: received (parsed at once, check codes hashed, the file's lines kept with their problems),
 * then applied a chunk of lines at a time by the {@code card-registry-import} job. A good line is applied whole in its
 * chunk's transaction; a bad line is never applied, only counted and reported by its number. A card the file calls
 * LOST or BLOCKED loses its verification (the operator is told) and its open applications are flagged to reviewers.
 */
@ApplicationScoped
public class CardRegistryImports {

    private static final Actor JOB = Actor.system("job:card-registry-import");

    /** What applying one line did: REGISTERED, UPDATED, UNCHANGED, or the line's problem. */
    public record LineOutcome(int line, String outcome, boolean bad) {}

    /** A file received: its id and how many data lines it has, how many of them bad. */
    public record Received(UUID fileId, int lines, long badLines) {}

    @Inject
    CardRegistry registry;

    @Inject
    Cards cards;

    @Inject
    CardEvents events;

    @Inject
    CheckCodes checkCodes;

    @Inject
    CardNumber.Format format;

    @Inject
    AuditLog audit;

    @Inject
    BusinessClock clock;

    /** Parses and keeps the file; 422 CARD_FILE_INVALID when its header is not {@value CardFileFormat#HEADER}. */
    @Transactional
    public Received receive(String content, String source, Actor actor) {
        List<ParsedLine> parsed = new CardFileFormat(format).parse(content == null ? "" : content);
        if (parsed.isEmpty()) {
            throw Rejection.ruleViolated(Reason.CARD_FILE_INVALID);
        }
        CardFile file = new CardFile(source, parsed.size(), clock.now());
        List<CardFileLine> lines = new ArrayList<>(parsed.size());
        for (ParsedLine line : parsed) {
            if (line.bad()) {
                lines.add(CardFileLine.bad(file.id(), line.line(), line.problem()));
            } else {
                CardNumber number = new CardNumber(line.cardNumber());
                lines.add(CardFileLine.good(
                        file.id(),
                        line.line(),
                        number,
                        checkCodes.hash(number, new CheckCode(line.checkCode())),
                        line.status()));
            }
        }
        registry.addFile(file, lines);
        long bad = parsed.stream().filter(ParsedLine::bad).count();
        audit.record(
                actor,
                "CARD_FILE_RECEIVED",
                "CardFile",
                file.id().toString(),
                "source=" + file.source() + " lines=" + parsed.size() + " bad=" + bad);
        return new Received(file.id(), parsed.size(), bad);
    }

    /** Forgets a received file whose import could not start. */
    @Transactional
    public void discard(UUID fileId) {
        registry.removeFile(fileId);
    }

    @Transactional
    public boolean exists(UUID fileId) {
        return registry.file(fileId).isPresent();
    }

    /** Where the file came from (an upload, or the inbox file's name). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String source(UUID fileId) {
        return registry.file(fileId).map(CardFile::source).orElse("?");
    }

    /** The file's line numbers after {@code after}, in order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Integer> lineNumbersAfter(UUID fileId, int after, int size) {
        return registry.lineNumbersAfter(fileId, after, size);
    }

    /**
     * Applies the lines, each good one whole, in one transaction of its own; re-applying a line changes nothing. Its
     * own, like every job's use case: the chunk's transaction holds the batch repository's checkpoint, and joining it
     * would make a two-phase commit of two databases, which PostgreSQL refuses unless prepared transactions are enabled.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<LineOutcome> apply(UUID fileId, List<Integer> lineNumbers) {
        Instant now = clock.now();
        List<LineOutcome> outcomes = new ArrayList<>(lineNumbers.size());
        for (CardFileLine line : registry.lines(fileId, lineNumbers)) {
            if (line.problem().isPresent()) {
                outcomes.add(new LineOutcome(line.lineNo(), line.problem().get().name(), true));
                continue;
            }
            CardNumber number = line.number();
            RegisteredCard.Change change;
            var existing = registry.registeredLocked(number.value());
            if (existing.isPresent()) {
                change = existing.get().update(line.checkHash(), line.status(), now);
            } else {
                registry.add(new RegisteredCard(number, line.checkHash(), line.status(), now));
                change = RegisteredCard.Change.REGISTERED;
            }
            if (line.status().stopsUse()) {
                cards.withNumber(number.value()).ifPresent(card -> {
                    boolean wasVerified = card.verifiedAt().isPresent();
                    card.stoppedByOperator(now, events);
                    if (wasVerified) {
                        audit.record(
                                JOB,
                                "CARD_STOPPED_BY_OPERATOR",
                                "Card",
                                card.id().toString(),
                                "card=****" + number.lastFour() + " status=" + line.status());
                    }
                });
            }
            outcomes.add(new LineOutcome(line.lineNo(), change.name(), false));
        }
        return outcomes;
    }
}
