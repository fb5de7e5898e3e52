package com.crossborder.verification.card.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One data line of a received card file: its values with the check code already hashed, or its problem. */
@Entity
@Table(name = "card_registry_line")
@IdClass(CardFileLine.Key.class)
public class CardFileLine {

    /** File and line number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        UUID fileId;
        int lineNo;

        public Key() {}

        public Key(UUID fileId, int lineNo) {
            this.fileId = fileId;
            this.lineNo = lineNo;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.lineNo == lineNo && Objects.equals(key.fileId, fileId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileId, lineNo);
        }
    }

    @Id
    @Column(name = "file_id")
    private UUID fileId;

    @Id
    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "card_number", length = 20)
    private String cardNumber;

    @Column(name = "check_hash", length = 64)
    private String checkHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12)
    private RegistryStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem", length = 32)
    private LineProblem problem;

    protected CardFileLine() {}

    /** A good line: card number, hash of its check code, status. */
    public static CardFileLine good(
            UUID fileId, int lineNo, CardNumber number, String checkHash, RegistryStatus status) {
        CardFileLine line = new CardFileLine();
        line.fileId = fileId;
        line.lineNo = lineNo;
        line.cardNumber = number.value();
        line.checkHash = checkHash;
        line.status = status;
        return line;
    }

    /** A bad line: only why (never its content). */
    public static CardFileLine bad(UUID fileId, int lineNo, LineProblem problem) {
        CardFileLine line = new CardFileLine();
        line.fileId = fileId;
        line.lineNo = lineNo;
        line.problem = problem;
        return line;
    }

    public int lineNo() {
        return lineNo;
    }

    public Optional<LineProblem> problem() {
        return Optional.ofNullable(problem);
    }

    public CardNumber number() {
        return new CardNumber(cardNumber);
    }

    public String checkHash() {
        return checkHash;
    }

    public RegistryStatus status() {
        return status;
    }
}
