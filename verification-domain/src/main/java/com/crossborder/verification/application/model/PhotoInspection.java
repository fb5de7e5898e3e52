package com.crossborder.verification.application.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A photo that passed every check: the cleaned image to store (orientation applied, all metadata such as GPS
 * removed, at most about 2048 pixels on its longer side) and what was measured of it. {@code faces} is present for a
 * FACE photo only.
 */
public record PhotoInspection(
        String mediaType,
        byte[] cleanedImage,
        int width,
        int height,
        double brightness,
        double sharpness,
        Exposure exposure,
        Optional<FaceFindings> faces) {

    public PhotoInspection {
        cleanedImage = cleanedImage.clone();
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(faces, "faces");
    }

    @Override
    public byte[] cleanedImage() {
        return cleanedImage.clone();
    }

    /** The measurements kept with a photo of {@code kind}, for judging it again later. */
    public PhotoCheck check(PhotoKind kind) {
        return new PhotoCheck(kind, width, height, brightness, sharpness, Optional.of(exposure), faces);
    }
}
