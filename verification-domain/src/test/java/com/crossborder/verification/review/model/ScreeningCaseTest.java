package com.crossborder.verification.review.model;

import static com.crossborder.verification.application.model.AnApplication.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.crossborder.verification.application.model.Application;
import com.crossborder.verification.application.model.DeclaredIdentity;
import com.crossborder.verification.application.model.Exposure;
import com.crossborder.verification.application.model.FaceFindings;
import com.crossborder.verification.application.model.FacePolicy;
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
import java.util.Optional;
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
                expiry,
                longTerm);
    }

    private static final Exposure WELL_EXPOSED = new Exposure(0.01, 0.0, 180, 140);
    private static final FaceFindings ONE_FACE = new FaceFindings(1, 0.38, 0.22, 0.24, 0.30, 0);

    private static PhotoCheck measured(PhotoKind kind, int width, int height, Exposure exposure) {
        return new PhotoCheck(
                kind,
                width,
                height,
                128,
                300,
                Optional.of(exposure),
                kind == PhotoKind.FACE ? Optional.of(ONE_FACE) : Optional.empty());
    }

    private static Map<PhotoKind, PhotoCheck> goodPhotos() {
        Map<PhotoKind, PhotoCheck> photos = new EnumMap<>(PhotoKind.class);
        for (PhotoKind kind : PhotoKind.values()) {
            photos.put(kind, measured(kind, 1280, 960, WELL_EXPOSED));
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
        dark.put(PhotoKind.ID_BACK, measured(PhotoKind.ID_BACK, 1280, 960, new Exposure(0.4, 0.0, 20, 30)));
        Map<PhotoKind, PhotoCheck> incomplete = goodPhotos();
        incomplete.remove(PhotoKind.ID_BACK);
        Map<PhotoKind, PhotoCheck> small = goodPhotos();
        small.put(PhotoKind.ID_FRONT, measured(PhotoKind.ID_FRONT, 400, 300, WELL_EXPOSED));
        Map<PhotoKind, PhotoCheck> twoFaces = goodPhotos();
        twoFaces.put(
                PhotoKind.FACE,
                new PhotoCheck(
                        PhotoKind.FACE,
                        1280,
                        960,
                        128,
                        300,
                        Optional.of(WELL_EXPOSED),
                        Optional.of(new FaceFindings(2, 0.1, 0.2, 0.2, 0.3, 0.9))));
        for (Map<PhotoKind, PhotoCheck> photos : List.of(dark, incomplete, small, twoFaces)) {
            assertEquals(
                    List.of(Reason.PHOTO_UNCLEAR),
                    problems(declared(TODAY.plusYears(1), false), Set.of(), 0, false, photos));
        }
        // Stricter rules in force at night than at upload: the stored measurements are judged again.
        PhotoRules stricter =
                new PhotoRules(RULES.maxBytes(), RULES.maxPixels(), 480, 640, 0.25, 0.25, 200, 40, FacePolicy.DEFAULT);
        assertEquals(
                List.of(Reason.PHOTO_UNCLEAR),
                new ScreeningCase(
                                application,
                                declared(TODAY.plusYears(1), false),
                                card,
                                Set.of(),
                                0,
                                false,
                                goodPhotos())
                        .problems(TODAY, SETTINGS, stricter));
        // An application made at an outlet counter has scans, not photos: nothing to judge here.
        assertEquals(List.of(), problems(declared(TODAY.plusYears(1), false), Set.of(), 0, false, Map.of()));
    }

    @Test
    void photosStoredBeforeExposureWasMeasuredAreJudgedByTheBrightnessTheyWereAcceptedUnder() {
        Map<PhotoKind, PhotoCheck> legacy = new EnumMap<>(PhotoKind.class);
        for (PhotoKind kind : PhotoKind.values()) {
            legacy.put(kind, PhotoCheck.legacy(kind, 1280, 960, 128, 300));
        }
        assertEquals(List.of(), problems(declared(TODAY.plusYears(1), false), Set.of(), 0, false, legacy));
        legacy.put(PhotoKind.FACE, PhotoCheck.legacy(PhotoKind.FACE, 1280, 960, 20, 300));
        assertEquals(
                List.of(Reason.PHOTO_UNCLEAR),
                problems(declared(TODAY.plusYears(1), false), Set.of(), 0, false, legacy));
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
