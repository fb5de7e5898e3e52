package com.crossborder.verification.card.model;

import com.crossborder.verification.shared.model.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A card file as received, before (and after) the import job applies its lines. */
@Entity
@Table(name = "card_registry_file")
public class CardFile {

    @Id
    private UUID id;

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    protected CardFile() {}

    public CardFile(String source, int lineCount, Instant now) {
        this.id = Ids.next();
        this.source = source.length() > 200 ? source.substring(0, 200) : source;
        this.lineCount = lineCount;
        this.receivedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String source() {
        return source;
    }

    public int lineCount() {
        return lineCount;
    }
}
