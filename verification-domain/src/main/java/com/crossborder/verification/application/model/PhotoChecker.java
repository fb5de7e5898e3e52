package com.crossborder.verification.application.model;

/** Checks an uploaded photo at once: a real JPEG or PNG of fitting size, exposure and sharpness. */
public interface PhotoChecker {

    /** The measurements and the cleaned image of an acceptable photo; a rejection with a {@code PHOTO_} reason otherwise. */
    PhotoInspection inspect(byte[] content);
}
