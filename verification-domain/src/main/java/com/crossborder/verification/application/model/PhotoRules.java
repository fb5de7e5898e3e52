package com.crossborder.verification.application.model;

/**
 * What an uploaded photo must be: at most {@code maxBytes}; declared dimensions at most {@code maxPixels}
 * (checked before decoding, against decompression bombs); a short side of at least {@code minShortSide}
 * and a long side of at least {@code minLongSide}; mean brightness (0–255) between {@code minBrightness} and
 * {@code maxBrightness}; sharpness (variance of the Laplacian on a normalised copy) at least {@code minSharpness}.
 */
public record PhotoRules(
        long maxBytes,
        long maxPixels,
        int minShortSide,
        int minLongSide,
        double minBrightness,
        double maxBrightness,
        double minSharpness) {

    /** Calibrated with the generated images of PhotoInspectorTest; see the README for the numbers. */
    public static final PhotoRules DEFAULT = new PhotoRules(5L * 1024 * 1024, 40_000_000L, 480, 640, 50, 215, 40);

    public PhotoRules {
        if (maxBytes < 1
                || maxPixels < 1
                || minShortSide < 1
                || minLongSide < minShortSide
                || minBrightness < 0
                || maxBrightness > 255
                || minBrightness >= maxBrightness
                || minSharpness < 0) {
            throw new IllegalArgumentException("inconsistent photo rules");
        }
    }

    /** Whether a photo measured as {@code check} meets these rules (size, brightness, sharpness). */
    public boolean accepts(PhotoCheck check) {
        int shortSide = Math.min(check.width(), check.height());
        int longSide = Math.max(check.width(), check.height());
        return shortSide >= minShortSide
                && longSide >= minLongSide
                && check.brightness() >= minBrightness
                && check.brightness() <= maxBrightness
                && check.sharpness() >= minSharpness;
    }
}
