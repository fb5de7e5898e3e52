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
import java.util.Optional;
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

    // Exposure and faces (V8): null in rows stored before they were measured, judged by brightness alone.
    @Column(name = "highlights_clipped")
    private Double highlightsClipped;

    @Column(name = "shadows_clipped")
    private Double shadowsClipped;

    @Column(name = "contrast")
    private Double contrast;

    @Column(name = "midtone")
    private Double midtone;

    @Column(name = "face_count")
    private Integer faceCount;

    @Column(name = "face_x")
    private Double faceX;

    @Column(name = "face_y")
    private Double faceY;

    @Column(name = "face_width")
    private Double faceWidth;

    @Column(name = "face_height")
    private Double faceHeight;

    @Column(name = "second_face_ratio")
    private Double secondFaceRatio;

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
        Exposure exposure = inspection.exposure();
        this.highlightsClipped = exposure.highlightsClipped();
        this.shadowsClipped = exposure.shadowsClipped();
        this.contrast = exposure.contrast();
        this.midtone = exposure.midtone();
        FaceFindings faces = inspection.faces().orElse(null);
        this.faceCount = faces == null ? null : faces.count();
        this.faceX = faces == null ? null : faces.x();
        this.faceY = faces == null ? null : faces.y();
        this.faceWidth = faces == null ? null : faces.width();
        this.faceHeight = faces == null ? null : faces.height();
        this.secondFaceRatio = faces == null ? null : faces.secondFaceRatio();
        this.uploadedAt = now;
    }

    /**
     * The measurements of a stored photo from its columns, in the order of {@link #CHECK_COLUMNS}: exposure empty when
     * its four columns are null (a row from before V8), faces empty when the face count is null.
     */
    public static PhotoCheck check(Object[] row) {
        PhotoKind kind = (PhotoKind) row[0];
        Optional<Exposure> exposure = row[5] == null || row[6] == null || row[7] == null || row[8] == null
                ? Optional.empty()
                : Optional.of(new Exposure(number(row[5]), number(row[6]), number(row[7]), number(row[8])));
        Optional<FaceFindings> faces = row[9] == null
                ? Optional.empty()
                : Optional.of(new FaceFindings(
                        ((Number) row[9]).intValue(),
                        number(row[10]),
                        number(row[11]),
                        number(row[12]),
                        number(row[13]),
                        number(row[14])));
        return new PhotoCheck(
                kind,
                ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(),
                number(row[3]),
                number(row[4]),
                exposure,
                faces);
    }

    /** The JPQL select list {@link #check(Object[])} reads, on an {@code ApplicationPhoto p}. */
    public static final String CHECK_COLUMNS = "p.kind, p.width, p.height, p.brightness, p.sharpness, "
            + "p.highlightsClipped, p.shadowsClipped, p.contrast, p.midtone, "
            + "p.faceCount, p.faceX, p.faceY, p.faceWidth, p.faceHeight, p.secondFaceRatio";

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
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
