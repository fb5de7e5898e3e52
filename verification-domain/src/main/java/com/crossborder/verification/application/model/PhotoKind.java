package com.crossborder.verification.application.model;

/** The three photos an online application needs. */
public enum PhotoKind {
    ID_FRONT,
    ID_BACK,
    FACE
}
