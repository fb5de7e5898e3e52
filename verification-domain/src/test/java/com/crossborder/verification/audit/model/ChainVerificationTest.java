package com.crossborder.verification.audit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00.123456Z");

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        long sequence = 0;
        String hash = AuditEvent.GENESIS;
        for (int i = 0; i < length; i++) {
            AuditEvent event = AuditEvent.following(
                    sequence,
                    hash,
                    new AuditRecord(new Actor("a" + i, "ADMIN"), "ACTION_" + i, "Thing", "id-" + i, "n=" + i),
                    NOW.plusSeconds(i));
            events.add(event);
            sequence = event.sequence();
            hash = event.hash();
        }
        return events;
    }

    private static ChainVerification.Result verify(List<AuditEvent> events) {
        ChainVerification verification = new ChainVerification();
        for (AuditEvent event : events) {
            if (!verification.accept(event)) {
                break;
            }
        }
        AuditEvent last = events.get(events.size() - 1);
        return verification.finish(last.sequence(), last.hash());
    }

    /** A copy of a stored row with some of its content changed behind the chain's back; its hash left as it was. */
    private static AuditEvent tampered(
            AuditEvent row, String actorId, String objectType, String objectId, String details) {
        return AuditEvent.restored(
                row.sequence(),
                row.occurredAt(),
                new AuditRecord(new Actor(actorId, row.actorRole()), row.action(), objectType, objectId, details),
                row.previousHash(),
                row.hash());
    }

    private static AuditEvent withDetails(AuditEvent row, String details) {
        return tampered(row, row.actorId(), row.objectType(), row.objectId(), details);
    }

    /** The same change, with the row's own hash recomputed to match it. */
    private static AuditEvent rehashed(AuditEvent changed) {
        return AuditEvent.restored(
                changed.sequence(),
                changed.occurredAt(),
                new AuditRecord(
                        new Actor(changed.actorId(), changed.actorRole()),
                        changed.action(),
                        changed.objectType(),
                        changed.objectId(),
                        changed.details()),
                changed.previousHash(),
                changed.computeHash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification.Result result = verify(chain(5));
        assertTrue(result.intact());
        assertEquals(5, result.checked());
        assertNull(result.brokenAt());
    }

    @Test
    void eachRowLinksToThePreviousRowsHashAndTheFirstToGenesis() {
        List<AuditEvent> events = chain(3);
        assertEquals(AuditEvent.GENESIS, events.get(0).previousHash());
        assertEquals(events.get(0).hash(), events.get(1).previousHash());
        assertEquals(64, events.get(2).hash().length());
    }

    @Test
    void theTimeIsKeptAtMillisecondsSoThatEveryDatabaseGivesBackWhatWasHashed() {
        assertEquals(Instant.parse("2026-11-25T02:00:00.123Z"), chain(1).get(0).occurredAt());
    }

    @Test
    void aChangedRowIsFoundAsChangedContent() {
        List<AuditEvent> events = chain(5);
        events.set(2, withDetails(events.get(2), "n=tampered"));
        ChainVerification.Result result = verify(events);
        assertFalse(result.intact());
        assertEquals(3L, result.brokenAt());
        assertEquals(ChainVerification.Break.CONTENT_CHANGED, result.reason());
    }

    @Test
    void aRowRecomputedAfterChangeBreaksTheLinkOfTheNextRow() {
        List<AuditEvent> events = chain(5);
        AuditEvent row = events.get(1);
        events.set(1, rehashed(tampered(row, "someone-else", row.objectType(), row.objectId(), row.details())));
        ChainVerification.Result result = verify(events);
        assertEquals(3L, result.brokenAt());
        assertEquals(ChainVerification.Break.LINK_BROKEN, result.reason());
    }

    @Test
    void aRemovedRowIsFoundAsMissing() {
        List<AuditEvent> events = chain(5);
        events.remove(3);
        ChainVerification.Result result = verify(events);
        assertEquals(4L, result.brokenAt());
        assertEquals(ChainVerification.Break.ROW_MISSING, result.reason());
    }

    @Test
    void rowsCutOffTheEndAreFoundThroughTheHead() {
        List<AuditEvent> events = chain(5);
        AuditEvent head = events.get(4);
        ChainVerification verification = new ChainVerification();
        events.subList(0, 3).forEach(verification::accept);
        ChainVerification.Result result = verification.finish(head.sequence(), head.hash());
        assertFalse(result.intact());
        assertEquals(4L, result.brokenAt());
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherWithoutChangingTheHash() {
        AuditEvent event = chain(1).get(0);
        AuditEvent shifted = tampered(event, event.actorId(), "Thingi", "d-0", event.details());
        assertFalse(event.hash().equals(shifted.computeHash()));
    }
}
