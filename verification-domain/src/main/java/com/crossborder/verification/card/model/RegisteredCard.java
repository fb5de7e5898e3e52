package com.crossborder.verification.card.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** A card the operator issued, as its card file says: the check code's keyed hash and the card's status. */
@Entity
@Table(name = "card_registry")
public class RegisteredCard {

    /** What an import did to the registry entry. */
    public enum Change {
        REGISTERED,
        UPDATED,
        UNCHANGED
    }

    @Id
    @Column(name = "card_number", length = 20)
    private String cardNumber;

    @Column(name = "check_hash", nullable = false, length = 64)
    private String checkHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RegistryStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected RegisteredCard() {}

    public RegisteredCard(CardNumber number, String checkHash, RegistryStatus status, Instant now) {
        this.cardNumber = number.value();
        this.checkHash = checkHash;
        this.status = status;
        this.updatedAt = now;
    }

    /** A later file says this about the card: its check code and status replace the earlier ones. */
    public Change update(String checkHash, RegistryStatus status, Instant now) {
        if (this.checkHash.equals(checkHash) && this.status == status) {
            return Change.UNCHANGED;
        }
        this.checkHash = checkHash;
        this.status = status;
        this.updatedAt = now;
        return Change.UPDATED;
    }

    /** Whether the hash of the code someone typed is the one on file (compared in constant time). */
    public boolean checkCodeMatches(String typedHash) {
        return MessageDigest.isEqual(
                checkHash.getBytes(StandardCharsets.US_ASCII), typedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public CardNumber number() {
        return new CardNumber(cardNumber);
    }

    public RegistryStatus status() {
        return status;
    }
}
