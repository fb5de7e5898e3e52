package com.crossborder.verification.application.model;

import java.util.Objects;

/** What the upload check measured of a stored photo; the screening judges it again against the rules in force. */
public record PhotoCheck(PhotoKind kind, int width, int height, double brightness, double sharpness) {

    public PhotoCheck {
        Objects.requireNonNull(kind, "kind");
    }
}
