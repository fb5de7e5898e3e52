package com.crossborder.verification.application.model;

/**
 * A photo that passed every check: the cleaned image to store (orientation applied, all metadata such as
 * GPS removed) and what was measured.
 */
public record PhotoInspection(
        String mediaType, byte[] cleanedImage, int width, int height, double brightness, double sharpness) {

    public PhotoInspection {
        cleanedImage = cleanedImage.clone();
    }

    @Override
    public byte[] cleanedImage() {
        return cleanedImage.clone();
    }
}
