package com.crossborder.verification.outlet.model;

import com.crossborder.verification.shared.model.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A scan taken at an outlet (power of attorney, live photo), checked like an upload and stored encrypted. */
@Entity
@Table(name = "outlet_scan")
public class Scan {

    @Id
    private UUID id;

    @Column(name = "outlet_code", nullable = false, length = 32)
    private String outletCode;

    @Column(name = "staff_id", nullable = false)
    private UUID staffId;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Column(name = "content_encrypted", nullable = false)
    private byte[] contentEncrypted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Scan() {}

    public Scan(String outletCode, UUID staffId, String mediaType, byte[] contentEncrypted, Instant now) {
        this.id = Ids.next();
        this.outletCode = outletCode;
        this.staffId = staffId;
        this.mediaType = mediaType;
        this.contentEncrypted = contentEncrypted.clone();
        this.createdAt = now;
    }

    public boolean takenAt(String outlet) {
        return outletCode.equals(outlet);
    }

    public UUID id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] contentEncrypted() {
        return contentEncrypted.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
