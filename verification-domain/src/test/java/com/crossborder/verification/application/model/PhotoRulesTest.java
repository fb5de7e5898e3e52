package com.crossborder.verification.application.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Exposure by clipping and contrast, and photos stored before it was measured. */
class PhotoRulesTest {

    private static final PhotoRules RULES = PhotoRules.DEFAULT;

    private static long[] histogram(int... levelsAndCounts) {
        long[] histogram = new long[256];
        for (int i = 0; i < levelsAndCounts.length; i += 2) {
            histogram[levelsAndCounts[i]] += levelsAndCounts[i + 1];
        }
        return histogram;
    }

    @Test
    void exposureIsMeasuredFromTheLuminanceHistogram() {
        // 90 % light paper at 240, 10 % print at 120: nothing clipped, a spread of 120
        Exposure pale = Exposure.of(histogram(240, 90, 120, 10));
        assertEquals(0, pale.highlightsClipped());
        assertEquals(0, pale.shadowsClipped());
        assertEquals(120, pale.contrast());
        assertEquals(240, pale.midtone());
        Exposure burnt = Exposure.of(histogram(255, 60, 180, 40));
        assertEquals(0.6, burnt.highlightsClipped(), 1e-9);
    }

    @Test
    void aPaleButUnclippedDocumentIsWellExposed() {
        assertEquals(Optional.empty(), RULES.exposureProblem(Exposure.of(histogram(240, 90, 120, 10))));
    }

    @Test
    void clippedWhiteIsTooBrightClippedBlackTooDark() {
        assertEquals(
                Optional.of(Reason.PHOTO_TOO_BRIGHT), RULES.exposureProblem(Exposure.of(histogram(255, 60, 100, 40))));
        assertEquals(Optional.of(Reason.PHOTO_TOO_DARK), RULES.exposureProblem(Exposure.of(histogram(2, 60, 200, 40))));
    }

    @Test
    void tooLittleContrastIsNamedByItsMiddleTone() {
        assertEquals(Optional.of(Reason.PHOTO_TOO_DARK), RULES.exposureProblem(Exposure.of(histogram(20, 80, 45, 20))));
        assertEquals(
                Optional.of(Reason.PHOTO_TOO_BRIGHT), RULES.exposureProblem(Exposure.of(histogram(245, 80, 225, 20))));
    }

    @Test
    void aFacePhotosBackgroundMayBeBlownOut() {
        Exposure whiteWall = Exposure.of(histogram(255, 50, 150, 30, 60, 20));
        assertEquals(Optional.of(Reason.PHOTO_TOO_BRIGHT), RULES.exposureProblem(whiteWall));
        assertEquals(Optional.empty(), RULES.backgroundExposureProblem(whiteWall));
    }

    @Test
    void photosStoredBeforeV8AreJudgedByTheOldBrightnessBand() {
        assertTrue(RULES.accepts(PhotoCheck.legacy(PhotoKind.ID_FRONT, 1280, 960, 128, 300)));
        assertEquals(
                Optional.of(Reason.PHOTO_TOO_DARK),
                RULES.problem(PhotoCheck.legacy(PhotoKind.ID_FRONT, 1280, 960, 30, 300)));
        assertEquals(
                Optional.of(Reason.PHOTO_TOO_BRIGHT),
                RULES.problem(PhotoCheck.legacy(PhotoKind.ID_FRONT, 1280, 960, 230, 300)));
        // and a legacy FACE photo has no face findings: not judged for faces, the reviewer sees it as before
        assertTrue(RULES.accepts(PhotoCheck.legacy(PhotoKind.FACE, 1280, 960, 128, 300)));
    }

    @Test
    void aStoredFacePhotoIsJudgedAgainWithItsFindings() {
        Exposure fine = Exposure.of(histogram(200, 50, 90, 50));
        PhotoCheck alone = new PhotoCheck(
                PhotoKind.FACE,
                1024,
                1200,
                150,
                300,
                Optional.of(fine),
                Optional.of(new FaceFindings(1, 0.35, 0.2, 0.3, 0.3, 0)));
        assertTrue(RULES.accepts(alone));
        PhotoRules stricter = new PhotoRules(
                RULES.maxBytes(),
                RULES.maxPixels(),
                480,
                640,
                0.25,
                0.25,
                48,
                40,
                FacePolicy.DEFAULT.withSizes(0.4, 0.2));
        assertEquals(Optional.of(Reason.PHOTO_FACE_TOO_SMALL), stricter.problem(alone));
    }

    @Test
    void theSizeRuleAppliesToEitherOrientation() {
        assertEquals(Optional.empty(), RULES.sizeProblem(480, 640));
        assertEquals(Optional.empty(), RULES.sizeProblem(640, 480));
        assertFalse(RULES.sizeProblem(479, 1000).isEmpty());
    }
}
