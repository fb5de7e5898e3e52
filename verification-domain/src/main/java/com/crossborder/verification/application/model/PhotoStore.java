package com.crossborder.verification.application.model;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where accepted photos are kept, encrypted: the database by default; another store (an object store, say) would
 * implement this interface. One photo of each kind per application; a new upload replaces the old one.
 */
public interface PhotoStore {

    /** A photo as stored, decrypted for the one who may see it. */
    record StoredPhoto(String mediaType, byte[] content) {}

    void put(UUID applicationId, PhotoKind kind, PhotoInspection inspection);

    Optional<StoredPhoto> get(UUID applicationId, PhotoKind kind);

    Set<PhotoKind> kinds(UUID applicationId);

    /** Deletes every photo of the application; returns how many there were. */
    int removeAll(UUID applicationId);
}
