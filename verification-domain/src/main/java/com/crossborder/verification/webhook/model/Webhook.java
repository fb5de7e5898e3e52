package com.crossborder.verification.webhook.model;

import com.crossborder.verification.card.model.CardEvent;
import com.crossborder.verification.shared.model.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An endpoint of the card operator that hears about card events, with its signing secret (kept encrypted). */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    private UUID id;

    @Column(name = "url", nullable = false, length = 500)
    private String url;

    /** Comma-separated wire names of the events it wants. */
    @Column(name = "events", nullable = false, length = 200)
    private String events;

    @Column(name = "secret_encrypted", nullable = false)
    private byte[] secretEncrypted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected Webhook() {}

    public Webhook(WebhookUrl url, Set<CardEvent.Type> events, byte[] secretEncrypted, Instant now) {
        this.id = Ids.next();
        this.url = url.value();
        this.events = (events.isEmpty() ? EnumSet.allOf(CardEvent.Type.class) : EnumSet.copyOf(events))
                .stream().map(CardEvent.Type::wireName).collect(Collectors.joining(","));
        this.secretEncrypted = secretEncrypted.clone();
        this.createdAt = now;
    }

    public boolean wants(CardEvent.Type type) {
        return deletedAt == null && events().contains(type.wireName());
    }

    public void secretRotated(byte[] secretEncrypted) {
        this.secretEncrypted = secretEncrypted.clone();
    }

    public void deleted(Instant now) {
        this.deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public UUID id() {
        return id;
    }

    public String url() {
        return url;
    }

    public List<String> events() {
        return Arrays.asList(events.split(","));
    }

    public byte[] secretEncrypted() {
        return secretEncrypted.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }
}
