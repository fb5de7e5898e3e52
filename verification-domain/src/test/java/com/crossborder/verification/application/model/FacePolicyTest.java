package com.crossborder.verification.application.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.crossborder.verification.shared.model.Reason;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The FACE photo rule on face boxes as the detector reports them, in a 1000×1000 picture. */
class FacePolicyTest {

    private static final FacePolicy RULE = FacePolicy.DEFAULT;

    private static Optional<Reason> judge(Face... faces) {
        return RULE.problem(FaceFindings.of(List.of(faces), 1000, 1000));
    }

    /** A face of {@code size} pixels centred on ({@code cx}, {@code cy}). */
    private static Face face(double cx, double cy, double size) {
        return new Face(cx - size / 2, cy - size / 2, size, size, 0.9);
    }

    @Test
    void oneLargeCentredFaceIsAccepted() {
        assertEquals(Optional.empty(), judge(face(500, 400, 300)));
    }

    @Test
    void noFaceIsRefusedAsNoFace() {
        assertEquals(Optional.of(Reason.PHOTO_NO_FACE), judge());
    }

    @Test
    void aSecondFaceAFifthAsTallOrMoreIsRefused() {
        assertEquals(Optional.of(Reason.PHOTO_MULTIPLE_FACES), judge(face(500, 400, 300), face(850, 300, 60)));
        assertEquals(Optional.of(Reason.PHOTO_MULTIPLE_FACES), judge(face(300, 400, 250), face(700, 400, 250)));
    }

    @Test
    void aTinyFaceFarBehindIsIgnored() {
        assertEquals(Optional.empty(), judge(face(500, 400, 300), face(900, 100, 50)));
    }

    @Test
    void aFaceUnderFifteenPercentOfThePictureIsTooSmall() {
        assertEquals(Optional.of(Reason.PHOTO_FACE_TOO_SMALL), judge(face(500, 400, 140)));
        assertEquals(Optional.empty(), judge(face(500, 400, 150)));
    }

    @Test
    void aFaceOffTheMiddleOrCutByTheEdgeIsNotCentred() {
        assertEquals(Optional.of(Reason.PHOTO_FACE_NOT_CENTRED), judge(face(200, 400, 200)));
        assertEquals(Optional.of(Reason.PHOTO_FACE_NOT_CENTRED), judge(face(500, 750, 200)));
        assertEquals(Optional.of(Reason.PHOTO_FACE_NOT_CENTRED), judge(face(500, 100, 300)));
        // centre inside the region, but a quarter of the box past the left edge
        assertEquals(Optional.of(Reason.PHOTO_FACE_NOT_CENTRED), judge(new Face(-200, 300, 800, 300, 0.9)));
    }

    @Test
    void severalFacesAreReportedBeforeSizeOrPosition() {
        assertEquals(Optional.of(Reason.PHOTO_MULTIPLE_FACES), judge(face(100, 100, 100), face(900, 900, 100)));
    }

    @Test
    void findingsAreFractionsOfThePictureSoResolutionDoesNotMatter() {
        FaceFindings small = FaceFindings.of(List.of(new Face(190, 120, 120, 160, 0.9)), 500, 600);
        FaceFindings large = FaceFindings.of(List.of(new Face(760, 480, 480, 640, 0.9)), 2000, 2400);
        assertEquals(small, large);
        assertEquals(0.5, small.centreX(), 1e-9);
    }

    @Test
    void anOperatorMayTuneTheSizesButNotBreakTheRule() {
        assertEquals(
                Optional.empty(),
                RULE.withSizes(0.1, 0.2).problem(FaceFindings.of(List.of(face(500, 400, 120)), 1000, 1000)));
        assertThrows(IllegalArgumentException.class, () -> RULE.withSizes(0, 0.2));
        assertThrows(IllegalArgumentException.class, () -> RULE.withSizes(0.15, 1.5));
    }
}
