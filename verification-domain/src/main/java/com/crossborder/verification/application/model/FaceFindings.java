package com.crossborder.verification.application.model;

import java.util.Comparator;
import java.util.List;

/**
 * What the face detector found in a FACE photo, as fractions of the picture's width and height so that the rule can
 * judge it again later without the image (the nightly screening): how many faces, the box of the tallest one, and how
 * tall the next tallest is next to it (0 when it is alone).
 *
 * @param count           faces found, including small ones far behind
 * @param x               left edge of the main face's box / picture width (may be below 0 when cut by the edge)
 * @param y               top edge of the main face's box / picture height
 * @param width           the box's width / picture width
 * @param height          the box's height / picture height
 * @param secondFaceRatio the second tallest face's height / the main face's height, 0 with one face or none
 */
public record FaceFindings(int count, double x, double y, double width, double height, double secondFaceRatio) {

    public FaceFindings {
        if (count < 0
                || !Double.isFinite(x)
                || !Double.isFinite(y)
                || !(width >= 0)
                || !(height >= 0)
                || !(secondFaceRatio >= 0 && secondFaceRatio <= 1)
                || (count > 0 && (width == 0 || height == 0))) {
            throw new IllegalArgumentException("inconsistent face findings");
        }
    }

    /** No face at all. */
    public static FaceFindings none() {
        return new FaceFindings(0, 0, 0, 0, 0, 0);
    }

    /** The findings for {@code faces} (pixel boxes, any order) in a picture of the given size. */
    public static FaceFindings of(List<Face> faces, int pictureWidth, int pictureHeight) {
        if (pictureWidth < 1 || pictureHeight < 1) {
            throw new IllegalArgumentException("a picture has a size");
        }
        if (faces.isEmpty()) {
            return none();
        }
        List<Face> tallestFirst = faces.stream()
                .sorted(Comparator.comparingDouble(Face::height).reversed())
                .toList();
        Face main = tallestFirst.get(0);
        double second = tallestFirst.size() > 1 ? tallestFirst.get(1).height() / main.height() : 0;
        return new FaceFindings(
                faces.size(),
                main.x() / pictureWidth,
                main.y() / pictureHeight,
                main.width() / pictureWidth,
                main.height() / pictureHeight,
                Math.min(1, second));
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }
}
