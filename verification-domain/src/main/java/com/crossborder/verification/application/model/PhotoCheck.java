package com.crossborder.verification.application.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the upload check measured of a stored photo; the screening judges it again against the rules in force.
 * {@code exposure} is empty for photos stored before clipping and contrast were measured (their mean
 * {@code brightness} is judged instead), {@code faces} is present only for FACE photos checked for faces.
 */
public record PhotoCheck(
        PhotoKind kind,
        int width,
        int height,
        double brightness,
        double sharpness,
        Optional<Exposure> exposure,
        Optional<FaceFindings> faces) {

    public PhotoCheck {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(faces, "faces");
    }

    /** A photo measured before exposure and faces were: size, mean brightness and sharpness only. */
    public static PhotoCheck legacy(PhotoKind kind, int width, int height, double brightness, double sharpness) {
        return new PhotoCheck(kind, width, height, brightness, sharpness, Optional.empty(), Optional.empty());
    }
}
