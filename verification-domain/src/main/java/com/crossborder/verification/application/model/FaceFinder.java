package com.crossborder.verification.application.model;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Finds human faces in a picture, inside the server (nothing is sent anywhere). One instance serves every upload
 * at once; it is loaded when the application is deployed, so an upload never waits for a model to load.
 */
public interface FaceFinder {

    /**
     * The faces a person would count in {@code upright} (EXIF orientation already applied: a face on its side is
     * not found), in its pixel coordinates, largest first.
     */
    List<Face> find(BufferedImage upright);
}
