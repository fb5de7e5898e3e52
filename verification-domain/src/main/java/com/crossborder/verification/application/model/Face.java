package com.crossborder.verification.application.model;

/**
 * A face a detector found, in the pixel coordinates of the picture it looked at: the top-left corner of its box
 * (roughly brows to chin), the box's size and the detector's confidence.
 */
public record Face(double x, double y, double width, double height, double score) {

    public Face {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width > 0) || !(height > 0) || !Double.isFinite(score)) {
            throw new IllegalArgumentException("a face box needs a finite position and a positive size");
        }
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }
}
