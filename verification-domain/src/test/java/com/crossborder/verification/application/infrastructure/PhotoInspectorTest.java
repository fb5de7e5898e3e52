package com.crossborder.verification.application.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.application.model.PhotoInspection;
import com.crossborder.verification.application.model.PhotoRules;
import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhotoInspectorTest {

    private static final PhotoInspector INSPECTOR = new PhotoInspector(PhotoRules.DEFAULT);
    private static final BufferedImage CARD = TestImages.card(1280, 800);

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
                        "decompression bomb",
                        (Supplier<byte[]>) () -> TestImages.pngClaiming(100_000, 100_000),
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
                        "bright",
                        (Supplier<byte[]>) () -> TestImages.jpeg(TestImages.scaleBrightness(CARD, 0.3, 190)),
                        Reason.PHOTO_TOO_BRIGHT),
                Arguments.of(
                        "blurred",
                        (Supplier<byte[]>) () -> TestImages.jpeg(TestImages.blurred(CARD, 4, 3)),
                        Reason.PHOTO_BLURRED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledPhotos")
    void spoiledPhotosAreRefusedWithTheirReason(String what, Supplier<byte[]> photo, Reason expected) {
        Rejection rejection = assertThrows(Rejection.class, () -> INSPECTOR.inspect(photo.get()));
        assertEquals(expected, rejection.code(), what);
    }

    @Test
    void aSharpWellLitPhotoIsAcceptedAndMeasured() {
        PhotoInspection inspection = INSPECTOR.inspect(TestImages.jpeg(CARD));
        assertEquals("image/jpeg", inspection.mediaType());
        assertEquals(1280, inspection.width());
        assertTrue(
                inspection.sharpness() > PhotoRules.DEFAULT.minSharpness() * 2,
                () -> "sharpness " + inspection.sharpness());
    }

    @Test
    void aPngIsJudgedByItsContentWhateverItIsCalled() {
        assertEquals("image/png", INSPECTOR.inspect(TestImages.png(CARD)).mediaType());
    }

    @Test
    void theCameraOrientationIsAppliedAndTheMetadataIsNotKept() throws Exception {
        byte[] rotated = TestImages.withExifOrientation(TestImages.jpeg(CARD), 6);
        assertTrue(new String(rotated, StandardCharsets.ISO_8859_1).contains("GPS 22.54N"));
        PhotoInspection inspection = INSPECTOR.inspect(rotated);
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
        PhotoInspection soft = INSPECTOR.inspect(TestImages.jpeg(TestImages.blurred(CARD, 1, 1)));
        assertTrue(soft.sharpness() < INSPECTOR.inspect(TestImages.jpeg(CARD)).sharpness());
        PhotoInspection dim = INSPECTOR.inspect(TestImages.jpeg(TestImages.scaleBrightness(CARD, 0.45, 0)));
        assertTrue(dim.brightness() > PhotoRules.DEFAULT.minBrightness());
    }
}
