package com.crossborder.verification.application.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.model.PhotoInspection;
import com.crossborder.verification.application.model.PhotoKind;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The upload checks of a document photo: what is refused before decoding, exposure, sharpness, what is stored. */
class PhotoInspectorTest {

    private static final PhotoInspector INSPECTOR = SharedFaceFinder.inspector();
    private static final BufferedImage CARD = TestImages.card(1280, 800);

    private static PhotoInspection inspect(byte[] photo) {
        return INSPECTOR.inspect(photo, PhotoKind.ID_FRONT);
    }

    static Stream<Arguments> spoiledPhotos() {
        byte[] good = TestImages.jpeg(CARD);
        byte[] oversized = new byte[(int) PhotoRules.DEFAULT.maxBytes() + 1];
        new Random(1).nextBytes(oversized);
        oversized[0] = (byte) 0xFF;
        oversized[1] = (byte) 0xD8;
        oversized[2] = (byte) 0xFF;
        return Stream.of(
                Arguments.of("zero bytes", (Supplier<byte[]>) () -> new byte[0], Reason.PHOTO_NOT_AN_IMAGE),
                Arguments.of(
                        "text pretending to be an image",
                        (Supplier<byte[]>) () -> "GIF89a this is not a photo".getBytes(StandardCharsets.UTF_8),
                        Reason.PHOTO_NOT_AN_IMAGE),
                Arguments.of(
                        "a JPEG header and garbage",
                        (Supplier<byte[]>) () -> {
                            byte[] fake = new byte[4000];
                            new Random(2).nextBytes(fake);
                            fake[0] = (byte) 0xFF;
                            fake[1] = (byte) 0xD8;
                            fake[2] = (byte) 0xFF;
                            fake[3998] = (byte) 0xFF;
                            fake[3999] = (byte) 0xD9;
                            return fake;
                        },
                        Reason.PHOTO_DAMAGED),
                Arguments.of(
                        "truncated JPEG",
                        (Supplier<byte[]>) () -> Arrays.copyOf(good, good.length / 2),
                        Reason.PHOTO_DAMAGED),
                Arguments.of(
                        "truncated PNG",
                        (Supplier<byte[]>) () -> {
                            byte[] png = TestImages.png(CARD);
                            return Arrays.copyOf(png, png.length - 20);
                        },
                        Reason.PHOTO_DAMAGED),
                Arguments.of("oversized body", (Supplier<byte[]>) () -> oversized, Reason.PHOTO_TOO_LARGE),
                Arguments.of(
                        "a header claiming 10 gigapixels",
                        (Supplier<byte[]>) () -> TestImages.pngClaiming(100_000, 100_000),
                        Reason.PHOTO_DIMENSIONS_TOO_LARGE),
                Arguments.of(
                        "a 16-bit RGBA PNG of 6000×6000 (288 MB decoded from 280 KB)",
                        (Supplier<byte[]>) () -> TestImages.pngBomb(6000, 16),
                        Reason.PHOTO_BIT_DEPTH_UNSUPPORTED),
                Arguments.of(
                        "a 16-bit PNG of ordinary size",
                        (Supplier<byte[]>) () -> TestImages.pngBomb(800, 16),
                        Reason.PHOTO_BIT_DEPTH_UNSUPPORTED),
                Arguments.of(
                        "an 8-bit RGBA PNG of 6000×6000 (36 MP)",
                        (Supplier<byte[]>) () -> TestImages.pngBomb(6000, 8),
                        Reason.PHOTO_DIMENSIONS_TOO_LARGE),
                Arguments.of(
                        "a flat JPEG of 6000×6000 (36 MP)",
                        (Supplier<byte[]>) () -> TestImages.jpegBomb(6000),
                        Reason.PHOTO_DIMENSIONS_TOO_LARGE),
                Arguments.of(
                        "tiny",
                        (Supplier<byte[]>) () -> TestImages.jpeg(TestImages.card(320, 200)),
                        Reason.PHOTO_TOO_SMALL),
                Arguments.of(
                        "dark",
                        (Supplier<byte[]>) () -> TestImages.jpeg(TestImages.scaleBrightness(CARD, 0.2, 0)),
                        Reason.PHOTO_TOO_DARK),
                Arguments.of(
                        "over-exposed, the card burnt white",
                        (Supplier<byte[]>) () -> TestImages.jpeg(TestImages.scaleBrightness(CARD, 0.3, 190)),
                        Reason.PHOTO_TOO_BRIGHT),
                Arguments.of(
                        "washed out to a few tones near white",
                        (Supplier<byte[]>) () -> TestImages.jpeg(TestImages.pale(CARD, 0.12)),
                        Reason.PHOTO_TOO_BRIGHT),
                Arguments.of(
                        "blurred",
                        (Supplier<byte[]>) () -> TestImages.jpeg(TestImages.blurred(CARD, 4, 3)),
                        Reason.PHOTO_BLURRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledPhotos")
    void spoiledPhotosAreRefusedWithTheirReason(String what, Supplier<byte[]> photo, Reason expected) {
        Rejection rejection = assertThrows(Rejection.class, () -> inspect(photo.get()));
        assertEquals(expected, rejection.code(), what);
    }

    @Test
    void aSharpWellLitPhotoIsAcceptedAndMeasured() {
        PhotoInspection inspection = inspect(TestImages.jpeg(CARD));
        assertEquals("image/jpeg", inspection.mediaType());
        assertEquals(1280, inspection.width());
        assertTrue(
                inspection.sharpness() > PhotoRules.DEFAULT.minSharpness() * 2,
                () -> "sharpness " + inspection.sharpness());
        assertEquals(0, inspection.exposure().highlightsClipped(), 0.01);
        assertTrue(inspection.exposure().contrast() > 100, () -> "contrast " + inspection.exposure());
        assertTrue(inspection.faces().isEmpty(), "only the FACE photo is searched for faces");
    }

    @Test
    void aCleanScanOfAPaleCardIsAcceptedThoughItsMeanIsHigh() {
        // The case of issue 16: no pixel clipped, print legible, refused by the old mean-brightness rule (mean > 215).
        PhotoInspection inspection = inspect(TestImages.jpeg(TestImages.paleCard(1280, 800)));
        assertTrue(inspection.brightness() > 215, () -> "mean " + inspection.brightness());
        assertEquals(0, inspection.exposure().highlightsClipped(), 0.001);
        assertEquals(0, inspection.exposure().shadowsClipped(), 0.001);
    }

    @Test
    void aPaleRealPhotographIsAcceptedAsADocumentPhoto() {
        BufferedImage pale = TestImages.pale(TestImages.toWidth(TestImages.photo("page.png"), 1280), 0.45);
        PhotoInspection inspection = inspect(TestImages.jpeg(pale));
        assertTrue(inspection.brightness() > 215, () -> "mean " + inspection.brightness());
    }

    @Test
    void aPngIsJudgedByItsContentWhateverItIsCalled() {
        assertEquals("image/png", inspect(TestImages.png(CARD)).mediaType());
    }

    @Test
    void theCameraOrientationIsAppliedAndTheMetadataIsNotKept() throws Exception {
        byte[] rotated = TestImages.withExifOrientation(TestImages.jpeg(CARD), 6);
        assertTrue(new String(rotated, StandardCharsets.ISO_8859_1).contains("GPS 22.54N"));
        PhotoInspection inspection = inspect(rotated);
        assertEquals(800, inspection.width());
        assertEquals(1280, inspection.height());
        String stored = new String(inspection.cleanedImage(), StandardCharsets.ISO_8859_1);
        assertTrue(!stored.contains("Exif") && !stored.contains("GPS 22.54N"), "metadata stripped");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(inspection.cleanedImage()));
        assertEquals(800, decoded.getWidth());
    }

    @Test
    void aSlightlySoftOrDimButReadablePhotoIsStillAccepted() {
        // Calibration: sharp ≈ 2400, a 3×3 blur ≈ 1000, the refused 9×9 blur three times ≈ 10; threshold 40.
        PhotoInspection soft = inspect(TestImages.jpeg(TestImages.blurred(CARD, 1, 1)));
        assertTrue(soft.sharpness() < inspect(TestImages.jpeg(CARD)).sharpness());
        PhotoInspection dim = inspect(TestImages.jpeg(TestImages.scaleBrightness(CARD, 0.45, 0)));
        assertTrue(dim.brightness() < 100, () -> "mean " + dim.brightness());
    }

    @Test
    void aTwelveMegapixelPhotoIsDecodedSubsampledAndStoredAtAboutTwoThousandPixels() {
        BufferedImage large = TestImages.card(4000, 3000);
        PhotoInspection inspection = inspect(TestImages.jpeg(large));
        assertEquals(2000, inspection.width());
        assertEquals(1500, inspection.height());
    }

    @Test
    void theSubsamplingStepKeepsTheShortSideAboveTheMinimum() {
        assertEquals(1, PhotoInspector.subsampling(2048, 1536, 480));
        assertEquals(2, PhotoInspector.subsampling(4032, 3024, 480));
        assertEquals(3, PhotoInspector.subsampling(6000, 2000, 480));
        // a 12 MP panorama: only halved, so that its short side stays over 480
        assertEquals(2, PhotoInspector.subsampling(12_000, 1000, 480));
    }

    @Test
    void aPngsTextAndProfileChunksNeverReachTheDecoder() throws Exception {
        // A zTXt chunk that would inflate to 200 MB: the decoder is handed the pixel chunks only.
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        zipped.writeBytes("Comment\0\0".getBytes(StandardCharsets.ISO_8859_1));
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(zipped, new Deflater(9))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                deflate.write(zeros);
            }
        }
        byte[] png = TestImages.pngWithChunk(TestImages.png(CARD), "zTXt", zipped.toByteArray());
        byte[] pixelsOnly = ImageHeader.pngPixelsOnly(png);
        assertFalse(new String(pixelsOnly, StandardCharsets.ISO_8859_1).contains("zTXt"));
        assertTrue(pixelsOnly.length < png.length - zipped.size());
        assertEquals("image/png", inspect(png).mediaType());
    }

    @Test
    void aJpegWithPaddingBetweenSegmentsIsReadAsDecodersReadIt() {
        byte[] jpeg = TestImages.jpeg(CARD);
        int afterFirstSegment = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        padded.write(jpeg, 0, afterFirstSegment);
        padded.writeBytes(new byte[] {0, 0, 0});
        padded.write(jpeg, afterFirstSegment, jpeg.length - afterFirstSegment);
        assertEquals(1280, inspect(padded.toByteArray()).width());
    }

    @Test
    void aJpegWithThousandsOfScansIsRefusedBeforeDecoding() {
        byte[] jpeg = TestImages.jpeg(CARD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, jpeg.length - 2);
        for (int i = 0; i < ImageHeader.MAX_JPEG_SCANS + 1; i++) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2});
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        Rejection rejection = assertThrows(Rejection.class, () -> inspect(out.toByteArray()));
        assertEquals(Reason.PHOTO_DAMAGED, rejection.code());
    }

    @Test
    void theHeaderIsReadWithoutDecoding() {
        ImageHeader png = ImageHeader.read(TestImages.pngBomb(6000, 16));
        assertEquals(6000, png.width());
        assertEquals(16, png.bitsPerChannel());
        ImageHeader jpeg = ImageHeader.read(TestImages.withExifOrientation(TestImages.jpeg(CARD), 6));
        assertEquals(1280, jpeg.width());
        assertEquals(800, jpeg.height());
        assertEquals(8, jpeg.bitsPerChannel());
    }
}
