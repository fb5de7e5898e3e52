package com.crossborder.verification.audit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.crypto.MacKeys;
import com.crossborder.verification.shared.model.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00.123456Z");
    private static final MacKeys KEYS = new MacKeys(Map.of("1", filled(7), "2", filled(8)), "1");

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    private static List<AuditEvent> chain(int length) {
        List<AuditEvent> events = new ArrayList<>();
        long sequence = 0;
        String hash = AuditEvent.GENESIS;
        for (int i = 0; i < length; i++) {
            AuditEvent event = AuditEvent.following(
                    sequence,
                    hash,
                    new AuditRecord(new Actor("a" + i, "ADMIN"), "ACTION_" + i, "Thing", "id-" + i, "n=" + i),
                    NOW.plusSeconds(i),
                    KEYS);
            events.add(event);
            sequence = event.sequence();
            hash = event.hash();
        }
        return events;
    }

    private static ChainVerification.Result verify(List<AuditEvent> events) {
        ChainVerification verification = new ChainVerification(KEYS);
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
                row.hash(),
                row.keyId().orElse(null));
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
                changed.computeHash(KEYS),
                changed.keyId().orElse(null));
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
        ChainVerification verification = new ChainVerification(KEYS);
        events.subList(0, 3).forEach(verification::accept);
        ChainVerification.Result result = verification.finish(head.sequence(), head.hash());
        assertFalse(result.intact());
        assertEquals(4L, result.brokenAt());
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOtherWithoutChangingTheHash() {
        AuditEvent event = chain(1).get(0);
        AuditEvent shifted = tampered(event, event.actorId(), "Thingi", "d-0", event.details());
        assertFalse(event.hash().equals(shifted.computeHash(KEYS)));
    }

    @Test
    void rowsAreSealedUnderTheCurrentAuditKeyAndNameIt() {
        AuditEvent event = chain(1).get(0);
        assertEquals("1", event.keyId().orElseThrow());
        MacKeys otherKey = new MacKeys(Map.of("1", filled(9)), "1");
        assertFalse(event.hash().equals(event.computeHash(otherKey)), "another key gives another seal");
    }

    /** Someone who can write the table but has no audit key rewrites a row and seals it the only way they can. */
    @Test
    void aSealedRowRewrittenAsAPlainHashIsFound() {
        List<AuditEvent> events = chain(4);
        AuditEvent row = events.get(3);
        AuditEvent plain = AuditEvent.restored(
                row.sequence(),
                row.occurredAt(),
                new AuditRecord(new Actor(row.actorId(), row.actorRole()), row.action(), "Thing", "x", "n=forged"),
                row.previousHash(),
                "",
                null);
        AuditEvent forged = AuditEvent.restored(
                row.sequence(),
                row.occurredAt(),
                new AuditRecord(new Actor(row.actorId(), row.actorRole()), row.action(), "Thing", "x", "n=forged"),
                row.previousHash(),
                plain.computeHash(null),
                null);
        events.set(3, forged);
        ChainVerification.Result result = verify(events);
        assertEquals(4L, result.brokenAt());
        assertEquals(ChainVerification.Break.SEAL_MISSING, result.reason());
    }

    /** The migration path: rows from before V10_3 (plain SHA-256) verify, and sealed rows follow them. */
    @Test
    void unsealedRowsFromBeforeTheMigrationVerifyAtTheBeginning() {
        List<AuditEvent> events = new ArrayList<>();
        AuditEvent old = AuditEvent.followingUnkeyed(
                0, AuditEvent.GENESIS, new AuditRecord(new Actor("a", "ADMIN"), "OLD", "Thing", "1", ""), NOW);
        events.add(old);
        events.add(AuditEvent.following(
                old.sequence(),
                old.hash(),
                new AuditRecord(new Actor("a", "ADMIN"), "NEW", "Thing", "2", ""),
                NOW,
                KEYS));
        ChainVerification.Result result = verify(events);
        assertTrue(result.intact(), result::toString);
        assertEquals(1, result.unsealedRows());
    }

    @Test
    void anOlderAuditKeyStillVerifiesItsRows() {
        List<AuditEvent> events = chain(2);
        MacKeys rotated = new MacKeys(Map.of("1", filled(7), "2", filled(8)), "2");
        AuditEvent last = events.get(1);
        events.add(AuditEvent.following(
                last.sequence(),
                last.hash(),
                new AuditRecord(new Actor("a", "ADMIN"), "LATER", "Thing", "3", ""),
                NOW,
                rotated));
        assertEquals("2", events.get(2).keyId().orElseThrow());
        assertTrue(verify(events).intact());
        ChainVerification withoutKeyOne = new ChainVerification(new MacKeys(Map.of("2", filled(8)), "2"));
        assertFalse(withoutKeyOne.accept(events.get(0)));
    }
}
