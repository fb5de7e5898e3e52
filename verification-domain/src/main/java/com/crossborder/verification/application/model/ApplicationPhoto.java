package com.crossborder.verification.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An accepted photo of an application, stored encrypted; a new upload of the same kind replaces it. */
@Entity
@Table(name = "application_photo")
@IdClass(ApplicationPhoto.Key.class)
public class ApplicationPhoto {

    /** Application and kind: one photo of each kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID applicationId;
        private PhotoKind kind;

        public Key() {}

        public Key(UUID applicationId, PhotoKind kind) {
            this.applicationId = applicationId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.applicationId, applicationId) && key.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, kind);
        }
    }

    @Id
    @Column(name = "application_id")
    private UUID applicationId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 12)
    private PhotoKind kind;

    @Column(name = "media_type", nullable = false, length = 20)
    private String mediaType;

    @Column(name = "content_encrypted", nullable = false)
    private byte[] contentEncrypted;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "brightness", nullable = false)
    private double brightness;

    @Column(name = "sharpness", nullable = false)
    private double sharpness;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationPhoto() {}

    public ApplicationPhoto(
            UUID applicationId, PhotoKind kind, PhotoInspection inspection, byte[] contentEncrypted, Instant now) {
        this.applicationId = applicationId;
        this.kind = kind;
        replaceWith(inspection, contentEncrypted, now);
    }

    public final void replaceWith(PhotoInspection inspection, byte[] contentEncrypted, Instant now) {
        this.mediaType = inspection.mediaType();
        this.contentEncrypted = contentEncrypted.clone();
        this.width = inspection.width();
        this.height = inspection.height();
        this.brightness = inspection.brightness();
        this.sharpness = inspection.sharpness();
        this.uploadedAt = now;
    }

    public PhotoKind kind() {
        return kind;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] contentEncrypted() {
        return contentEncrypted.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double brightness() {
        return brightness;
    }

    public double sharpness() {
        return sharpness;
    }
}
