package com.crossborder.verification.application.model;

import com.crossborder.verification.shared.model.Reason;
import java.util.Optional;

/**
 * What an uploaded photo must be. Before decoding: at most {@code maxBytes}, at most 8 bits per colour channel, and
 * declared dimensions of at most {@code maxPixels} (a small file that decodes huge stops here). Then: a short side of at
 * least {@code minShortSide} and a long side of at least {@code minLongSide}; exposed so that its tones can be read (at
 * most {@code maxHighlightsClipped} of the pixels clipped white, at most {@code maxShadowsClipped} clipped black, a tonal
 * spread of at least {@code minContrast}); sharp (variance of the Laplacian on a normalised copy at least
 * {@code minSharpness}); and, for the FACE photo, one face large and centred ({@code face}).
 *
 * <p>Exposure is judged by clipping and contrast, not by mean brightness: a clean scan of a pale card has a high mean
 * and no clipped pixel, and is fine. Rows measured before exposure was (brightness only) are judged by the old mean
 * band, {@link #LEGACY_MIN_BRIGHTNESS}–{@link #LEGACY_MAX_BRIGHTNESS}, which they all passed at upload.
 */
public record PhotoRules(
        long maxBytes,
        long maxPixels,
        int minShortSide,
        int minLongSide,
        double maxHighlightsClipped,
        double maxShadowsClipped,
        double minContrast,
        double minSharpness,
        FacePolicy face) {

    /** The mean-brightness band photos were held to before clipping and contrast were measured. */
    public static final double LEGACY_MIN_BRIGHTNESS = 50;

    public static final double LEGACY_MAX_BRIGHTNESS = 215;

    /** Calibrated with the images of PhotoInspectorTest (generated cards and real photographs); see the README. */
    public static final PhotoRules DEFAULT =
            new PhotoRules(5L * 1024 * 1024, 12_500_000L, 480, 640, 0.4, 0.4, 48, 40, FacePolicy.DEFAULT);

    public PhotoRules {
        if (maxBytes < 1
                || maxPixels < 1
                || minShortSide < 1
                || minLongSide < minShortSide
                || !(maxHighlightsClipped >= 0 && maxHighlightsClipped <= 1)
                || !(maxShadowsClipped >= 0 && maxShadowsClipped <= 1)
                || !(minContrast >= 0 && minContrast < 255)
                || minSharpness < 0
                || face == null) {
            throw new IllegalArgumentException("inconsistent photo rules");
        }
    }

    /** {@link Reason#PHOTO_TOO_SMALL} when the picture is under the minimum resolution. */
    public Optional<Reason> sizeProblem(int width, int height) {
        boolean large = Math.min(width, height) >= minShortSide && Math.max(width, height) >= minLongSide;
        return large ? Optional.empty() : Optional.of(Reason.PHOTO_TOO_SMALL);
    }

    /**
     * Why the exposure is refused: too much clipped black is too dark, too much clipped white too bright; too little
     * contrast is named by the middle tone (a dim picture is too dark, a washed-out one too bright).
     */
    public Optional<Reason> exposureProblem(Exposure exposure) {
        if (exposure.shadowsClipped() > maxShadowsClipped) {
            return Optional.of(Reason.PHOTO_TOO_DARK);
        }
        if (exposure.highlightsClipped() > maxHighlightsClipped) {
            return Optional.of(Reason.PHOTO_TOO_BRIGHT);
        }
        if (exposure.contrast() < minContrast) {
            return Optional.of(exposure.midtone() < 128 ? Reason.PHOTO_TOO_DARK : Reason.PHOTO_TOO_BRIGHT);
        }
        return Optional.empty();
    }

    /**
     * The part of the exposure rule that holds for a whole face photo, whose background may be blown out: too much
     * clipped black, or too little contrast.
     */
    public Optional<Reason> backgroundExposureProblem(Exposure exposure) {
        if (exposure.shadowsClipped() > maxShadowsClipped) {
            return Optional.of(Reason.PHOTO_TOO_DARK);
        }
        if (exposure.contrast() < minContrast) {
            return Optional.of(exposure.midtone() < 128 ? Reason.PHOTO_TOO_DARK : Reason.PHOTO_TOO_BRIGHT);
        }
        return Optional.empty();
    }

    /** {@link Reason#PHOTO_BLURRED} under the minimum sharpness. */
    public Optional<Reason> sharpnessProblem(double sharpness) {
        return sharpness >= minSharpness ? Optional.empty() : Optional.of(Reason.PHOTO_BLURRED);
    }

    /** The first reason a photo measured as {@code check} breaks these rules; empty when it meets them all. */
    public Optional<Reason> problem(PhotoCheck check) {
        Optional<Reason> size = sizeProblem(check.width(), check.height());
        if (size.isPresent()) {
            return size;
        }
        Optional<Reason> exposure = check.exposure().isPresent()
                ? exposureProblem(check.exposure().get())
                : legacyBrightnessProblem(check.brightness());
        if (exposure.isPresent()) {
            return exposure;
        }
        Optional<Reason> sharpness = sharpnessProblem(check.sharpness());
        if (sharpness.isPresent()) {
            return sharpness;
        }
        // A face photo stored before faces were checked has no findings: the reviewer looks at it as before.
        return check.faces().flatMap(face::problem);
    }

    /** Whether a photo measured as {@code check} meets these rules (size, exposure, sharpness, faces). */
    public boolean accepts(PhotoCheck check) {
        return problem(check).isEmpty();
    }

    private static Optional<Reason> legacyBrightnessProblem(double brightness) {
        if (brightness < LEGACY_MIN_BRIGHTNESS) {
            return Optional.of(Reason.PHOTO_TOO_DARK);
        }
        if (brightness > LEGACY_MAX_BRIGHTNESS) {
            return Optional.of(Reason.PHOTO_TOO_BRIGHT);
        }
        return Optional.empty();
    }
}
