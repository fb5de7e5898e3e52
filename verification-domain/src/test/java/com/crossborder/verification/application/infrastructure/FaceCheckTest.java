package com.crossborder.verification.application.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.model.Face;
import com.crossborder.verification.application.model.FaceFindings;
import com.crossborder.verification.application.model.FacePolicy;
import com.crossborder.verification.application.model.PhotoInspection;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The face check on real photographs (src/test/resources/photos, sources and licences in LICENSES.md there) and on
 * pictures made from them: several people side by side, a face too small or off-centre, washed out, turned.
 */
class FaceCheckTest {

    private static final OnnxFaceFinder FINDER = SharedFaceFinder.get();
    private static final PhotoInspector INSPECTOR = SharedFaceFinder.inspector();

    static Stream<TestImages.Photo> photographs() {
        return TestImages.manifest().stream();
    }

    private static Optional<Reason> verdict(BufferedImage picture) {
        return FacePolicy.DEFAULT.problem(
                FaceFindings.of(FINDER.find(picture), picture.getWidth(), picture.getHeight()));
    }

    private static Reason refusal(BufferedImage picture) {
        return assertThrows(Rejection.class, () -> INSPECTOR.inspect(TestImages.jpeg(picture), PhotoKind.FACE))
                .code();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("photographs")
    void eachRealPhotographGetsTheVerdictAPersonWouldGive(TestImages.Photo photo) {
        BufferedImage picture = TestImages.photo(photo.file());
        List<Face> faces = FINDER.find(picture);
        Optional<Reason> expected =
                "OK".equals(photo.verdict()) ? Optional.empty() : Optional.of(Reason.valueOf(photo.verdict()));
        switch (photo.verdict()) {
            case "PHOTO_NO_FACE" -> assertEquals(0, faces.size(), photo.description() + ": " + faces);
            case "PHOTO_MULTIPLE_FACES" -> assertTrue(faces.size() >= 2, photo.description() + ": " + faces);
            default -> assertEquals(1, faces.size(), photo.description() + ": " + faces);
        }
        assertEquals(
                expected,
                FacePolicy.DEFAULT.problem(FaceFindings.of(faces, picture.getWidth(), picture.getHeight())),
                photo.description());
    }

    @Test
    void aPortraitAtUploadSizeIsAcceptedWithItsFaceMeasured() {
        PhotoInspection accepted = INSPECTOR.inspect(TestImages.jpeg(TestImages.portrait()), PhotoKind.FACE);
        FaceFindings face = accepted.faces().orElseThrow();
        assertEquals(1, face.count());
        assertTrue(face.height() > 0.2 && face.centreX() > 0.4 && face.centreX() < 0.6, face::toString);
        // the exposure kept is the face's own, not the picture's
        assertTrue(accepted.exposure().contrast() > 60, accepted.exposure()::toString);
    }

    @Test
    void aTwoMegapixelPhonePortraitIsAccepted() {
        // Grace Hopper filling three quarters of a 1224×1632 frame, a brick wall around her
        BufferedImage portrait = TestImages.placed(
                TestImages.photo("grace_hopper.jpg"), TestImages.photo("brick.png"), 1224, 1632, 0.75, 0.1, 0.12);
        assertEquals(Optional.empty(), verdict(portrait));
        assertTrue(INSPECTOR
                .inspect(TestImages.jpeg(portrait), PhotoKind.FACE)
                .faces()
                .isPresent());
    }

    @Test
    void aPictureOfACardOrAWallHasNoFace() {
        assertEquals(Reason.PHOTO_NO_FACE, refusal(TestImages.card(1280, 800)));
        assertEquals(Reason.PHOTO_NO_FACE, refusal(TestImages.scaled(TestImages.photo("brick.png"), 1024, 1024)));
        assertEquals(Reason.PHOTO_NO_FACE, refusal(TestImages.toWidth(TestImages.photo("page.png"), 1600)));
    }

    @Test
    void aCatLooksLikeAFaceToTheFirstDetectorButNotToTheSecondLook() {
        BufferedImage cat = TestImages.toWidth(TestImages.photo("chelsea.png"), 1200);
        assertTrue(FINDER.find(cat).isEmpty());
        assertEquals(Reason.PHOTO_NO_FACE, refusal(cat));
    }

    @Test
    void twoPeopleSideBySideAreRefused() {
        assertEquals(2, FINDER.find(TestImages.twoPeople()).size());
        assertEquals(Reason.PHOTO_MULTIPLE_FACES, refusal(TestImages.twoPeople()));
        BufferedImage three = TestImages.sideBySide(
                500,
                TestImages.photo("astronaut.png"),
                TestImages.photo("grace_hopper.jpg"),
                TestImages.photo("E_W_Dahlgren.jpg"));
        assertEquals(3, FINDER.find(three).size());
        assertEquals(Reason.PHOTO_MULTIPLE_FACES, refusal(three));
    }

    @Test
    void aFaceFarFromTheCameraIsTooSmall() {
        // the whole portrait 40 % of a 2 MP frame's height: the face is 7 % of it
        BufferedImage far = TestImages.placed(
                TestImages.photo("astronaut.png"), TestImages.photo("brick.png"), 1224, 1632, 0.4, 0.3, 0.3);
        assertEquals(Reason.PHOTO_FACE_TOO_SMALL, refusal(far));
    }

    @Test
    void aFaceAtTheEdgeIsNotCentred() {
        // a landscape frame, the portrait pushed past its left edge: the face centre at 15 % of the width
        BufferedImage left = TestImages.placed(
                TestImages.photo("grace_hopper.jpg"), TestImages.photo("brick.png"), 1632, 1224, 0.9, -0.15, 0.05);
        assertEquals(1, FINDER.find(left).size());
        assertEquals(Reason.PHOTO_FACE_NOT_CENTRED, refusal(left));
    }

    @Test
    void aWashedOutPortraitStillShowsItsFace() {
        BufferedImage pale = TestImages.pale(TestImages.portrait(), 0.35);
        assertEquals(Optional.empty(), verdict(pale));
        INSPECTOR.inspect(TestImages.jpeg(pale), PhotoKind.FACE);
    }

    @Test
    void aPortraitInTheDarkIsTooDarkRatherThanFaceless() {
        assertEquals(Reason.PHOTO_TOO_DARK, refusal(TestImages.scaleBrightness(TestImages.portrait(), 0.12, 0)));
    }

    @Test
    void aPortraitTakenSidewaysIsJudgedTheWayTheCameraWasHeld() {
        BufferedImage sideways = TestImages.turnedClockwise(TestImages.portrait());
        // as stored by the phone: on its side, with EXIF orientation 8 (turn a quarter back) to put it upright
        byte[] photo = TestImages.withExifOrientation(TestImages.jpeg(sideways), 8);
        PhotoInspection upright = INSPECTOR.inspect(photo, PhotoKind.FACE);
        assertEquals(1024, upright.width());
        assertEquals(1, upright.faces().orElseThrow().count());
        // without the orientation tag the face lies on its side and is not found
        assertEquals(Reason.PHOTO_NO_FACE, refusal(sideways));
    }

    @Test
    void aCounterScanIsNotSearchedForFaces() {
        assertTrue(INSPECTOR
                .inspectScan(TestImages.jpeg(TestImages.card(1280, 800)))
                .faces()
                .isEmpty());
    }

    @Test
    void oneFinderServesManyThreadsAtOnce() throws Exception {
        String[] names = {
            "astronaut.png",
            "O2.jpg",
            "chelsea.png",
            "E_W_Dahlgren.jpg",
            "coffee.png",
            "1897_expeditionsmannschaft_rio_a.jpg"
        };
        List<BufferedImage> pictures = new ArrayList<>();
        List<List<Face>> alone = new ArrayList<>();
        for (String name : names) {
            BufferedImage picture = TestImages.photo(name);
            pictures.add(picture);
            alone.add(FINDER.find(picture));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 6; i++) {
                        int k = (i + offset) % pictures.size();
                        if (!alone.get(k).equals(FINDER.find(pictures.get(k)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(), "a call among others found other faces than the same call alone");
            }
        } finally {
            pool.shutdown();
        }
    }
}
