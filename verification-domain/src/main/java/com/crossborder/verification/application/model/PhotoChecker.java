package com.crossborder.verification.application.model;

/**
 * Checks an uploaded photo at once: a real JPEG or PNG of bounded size and depth, well exposed and sharp, and for the
 * FACE photo one face, large and centred. Decoding is bounded: at most a configured number of photos are checked at
 * once, and a caller who finds every slot taken is told to try again shortly.
 */
public interface PhotoChecker {

    /**
     * The measurements and the cleaned image of an acceptable photo of {@code kind}; a rejection with a
     * {@code PHOTO_} reason otherwise ({@code PHOTO_CHECKS_BUSY}, "try later", when the checks are at capacity).
     */
    PhotoInspection inspect(byte[] content, PhotoKind kind);

    /** The same checks for an image scanned at a counter (a power of attorney, a live photo): no face rule. */
    PhotoInspection inspectScan(byte[] content);
}
