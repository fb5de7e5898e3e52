package com.crossborder.verification.outlet.model;

/** Checks a scan taken at a counter: a sound image (checked like an uploaded photo) or a complete PDF. */
public interface ScanChecker {

    /** What to store: the media type and the bytes (an image cleaned of its metadata). */
    record CheckedScan(String mediaType, byte[] content) {}

    /** The scan as it will be stored; a rejection when it is neither a sound image nor a complete PDF. */
    CheckedScan check(byte[] content);
}
