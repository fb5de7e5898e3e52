package com.crossborder.verification.application.model;

import com.crossborder.verification.identity.model.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity document declared for an application, as stored: number and name encrypted, compared through
 * blind indexes (of the identity key, e.g. a 回乡证's first nine characters, and of the name), shown masked. The birth
 * and issue dates are checked when the document is declared and not kept (V10_1): with the mask, a clear birth date
 * would leave a resident ID number a handful of candidates.
 */
@Entity
@Table(name = "application_identity")
public class DeclaredIdentity {

    @Id
    @Column(name = "application_id")
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 32)
    private DocumentType documentType;

    @Column(name = "number_encrypted", nullable = false)
    private byte[] numberEncrypted;

    @Column(name = "number_masked", nullable = false, length = 32)
    private String numberMasked;

    @Column(name = "identity_index", nullable = false, length = 64)
    private String identityIndex;

    @Column(name = "name_encrypted", nullable = false)
    private byte[] nameEncrypted;

    @Column(name = "name_index", nullable = false, length = 64)
    private String nameIndex;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "long_term", nullable = false)
    private boolean longTerm;

    protected DeclaredIdentity() {}

    /** Protected values come from the caller, which holds the keys; this object never sees clear data. */
    public DeclaredIdentity(
            UUID applicationId,
            DocumentType documentType,
            byte[] numberEncrypted,
            String numberMasked,
            String identityIndex,
            byte[] nameEncrypted,
            String nameIndex,
            LocalDate expiryDate,
            boolean longTerm) {
        this.applicationId = applicationId;
        this.documentType = documentType;
        this.numberEncrypted = numberEncrypted.clone();
        this.numberMasked = numberMasked;
        this.identityIndex = identityIndex;
        this.nameEncrypted = nameEncrypted.clone();
        this.nameIndex = nameIndex;
        this.expiryDate = expiryDate;
        this.longTerm = longTerm;
    }

    /** Expired when the expiry date lies before {@code today}; long-term documents and HK identity cards never expire. */
    public boolean isExpiredOn(LocalDate today) {
        return !longTerm && expiryDate != null && expiryDate.isBefore(today);
    }

    public UUID applicationId() {
        return applicationId;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public String numberMasked() {
        return numberMasked;
    }

    public String identityIndex() {
        return identityIndex;
    }

    public String nameIndex() {
        return nameIndex;
    }

    public byte[] nameEncrypted() {
        return nameEncrypted.clone();
    }

    public Optional<LocalDate> expiryDate() {
        return Optional.ofNullable(expiryDate);
    }

    public boolean longTerm() {
        return longTerm;
    }
}
