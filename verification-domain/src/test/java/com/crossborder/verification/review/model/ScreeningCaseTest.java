package com.crossborder.verification.review.model;

import static com.crossborder.verification.application.model.AnApplication.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.PhotoCheck;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.card.model.Card;
import com.crossborder.verification.card.model.CardNumber;
import com.crossborder.verification.identity.model.DocumentType;
import com.crossborder.verification.shared.model.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScreeningCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW =
            TODAY.atTime(2, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    private static final ReviewSettings SETTINGS = new ReviewSettings(Duration.ofMinutes(30), 2, false);
    private static final PhotoRules RULES = PhotoRules.DEFAULT;
    private static final String IDENTITY = "identity-1";
    private static final String NAME = "name-1";

    private final Application application = anApplication().submittedAt(NOW).build();
    private final Card card = Card.boundTo(UUID.randomUUID(), new CardNumber("12345678901"), NOW);

    private DeclaredIdentity declared(LocalDate expiry, boolean longTerm) {
        return new DeclaredIdentity(
                application.id(),
                DocumentType.CN_RESIDENT_ID,
                new byte[] {1},
                "1101**********002X",
                IDENTITY,
                new byte[] {2},
                NAME,
                LocalDate.of(1949, 12, 31),
                null,
                expiry,
                longTerm);
    }

    private static Map<PhotoKind, PhotoCheck> goodPhotos() {
        Map<PhotoKind, PhotoCheck> photos = new EnumMap<>(PhotoKind.class);
        for (PhotoKind kind : PhotoKind.values()) {
            photos.put(kind, new PhotoCheck(kind, 1280, 960, 128, 300));
        }
        return photos;
    }

    private List<Reason> problems(
            DeclaredIdentity identity,
            Set<String> names,
            long verified,
            boolean earlierOpen,
            Map<PhotoKind, PhotoCheck> photos) {
        return new ScreeningCase(application, identity, card, names, verified, earlierOpen, photos)
                .problems(TODAY, SETTINGS, RULES);
    }

    @Test
    void aCleanCaseHasNoProblems() {
        assertEquals(List.of(), problems(declared(TODAY.plusYears(5), false), Set.of(NAME), 0, false, goodPhotos()));
        assertEquals(List.of(), problems(declared(null, true), Set.of(), 1, false, goodPhotos()));
    }

    @Test
    void aDocumentExpiringTodayIsStillValidOneThatExpiredYesterdayIsNot() {
        assertEquals(List.of(), problems(declared(TODAY, false), Set.of(), 0, false, goodPhotos()));
        assertEquals(
                List.of(Reason.DOCUMENT_EXPIRED),
                problems(declared(TODAY.minusDays(1), false), Set.of(), 0, false, goodPhotos()));
    }

    @Test
    void anotherNameApprovedForTheSameIdentityConflicts() {
        assertEquals(
                List.of(Reason.NAME_CONFLICT),
                problems(declared(TODAY.plusYears(1), false), Set.of("name-2"), 0, false, goodPhotos()));
    }

    @Test
    void aSecondOpenApplicationForTheSameCardIsADuplicate() {
        assertEquals(
                List.of(Reason.DUPLICATE_APPLICATION),
                problems(declared(TODAY.plusYears(1), false), Set.of(), 0, true, goodPhotos()));
    }

    @Test
    void theCardsPerIdentityLimitCountsThisCard() {
        assertEquals(List.of(), problems(declared(TODAY.plusYears(1), false), Set.of(), 1, false, goodPhotos()));
        assertEquals(
                List.of(Reason.CARDS_PER_IDENTITY_LIMIT),
                problems(declared(TODAY.plusYears(1), false), Set.of(), 2, false, goodPhotos()));
    }

    @Test
    void photosMustBeCompleteAndStillMeetTheRules() {
        Map<PhotoKind, PhotoCheck> dark = goodPhotos();
        dark.put(PhotoKind.FACE, new PhotoCheck(PhotoKind.FACE, 1280, 960, 20, 300));
        Map<PhotoKind, PhotoCheck> incomplete = goodPhotos();
        incomplete.remove(PhotoKind.ID_BACK);
        Map<PhotoKind, PhotoCheck> small = goodPhotos();
        small.put(PhotoKind.ID_FRONT, new PhotoCheck(PhotoKind.ID_FRONT, 400, 300, 128, 300));
        for (Map<PhotoKind, PhotoCheck> photos : List.of(dark, incomplete, small)) {
            assertEquals(
                    List.of(Reason.PHOTO_UNCLEAR),
                    problems(declared(TODAY.plusYears(1), false), Set.of(), 0, false, photos));
        }
        // An application made at an outlet counter has scans, not photos: nothing to judge here.
        assertEquals(List.of(), problems(declared(TODAY.plusYears(1), false), Set.of(), 0, false, Map.of()));
    }

    @Test
    void everyProblemIsReportedExpiryFirst() {
        assertEquals(
                List.of(
                        Reason.DOCUMENT_EXPIRED,
                        Reason.DUPLICATE_APPLICATION,
                        Reason.NAME_CONFLICT,
                        Reason.CARDS_PER_IDENTITY_LIMIT),
                problems(declared(TODAY.minusYears(1), false), Set.of("name-2"), 5, true, goodPhotos()));
    }

    @Test
    void nothingDeclaredOrNoCardOnRecordIsAMismatch() {
        assertEquals(List.of(Reason.INFORMATION_MISMATCH), problems(null, Set.of(), 0, false, goodPhotos()));
        assertEquals(
                List.of(Reason.INFORMATION_MISMATCH),
                new ScreeningCase(application, declared(TODAY, false), null, Set.of(), 0, false, goodPhotos())
                        .problems(TODAY, SETTINGS, RULES));
    }
}
