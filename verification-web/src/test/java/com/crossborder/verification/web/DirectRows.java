package com.crossborder.verification.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Cards, applications, declarations and photo checks written straight into the database in JDBC batches, for data
 * sets too large to make through the API (the nightly jobs' tests and benchmark). Declarations carry placeholder
 * ciphertext: the nightly screening never decrypts them. {@link #flush()} writes in foreign-key order.
 */
public final class DirectRows implements AutoCloseable {

    private final PreparedStatement account;
    private final PreparedStatement card;
    private final PreparedStatement application;
    private final PreparedStatement identity;
    private final PreparedStatement photo;

    public DirectRows(Connection db) throws SQLException {
        account = db.prepareStatement(
                "INSERT INTO account (id, username, password_hash, role, created_at, tokens_valid_after, version, "
                        + "phone_index, phone_encrypted, phone_masked) VALUES (?, NULL, '-', 'APPLICANT', ?, ?, 0, ?, ?, ?)");
        card = db.prepareStatement(
                "INSERT INTO card (id, card_number, holder_id, status, identity_index, created_at, version) "
                        + "VALUES (?, ?, NULL, ?, ?, ?, 0)");
        application = db.prepareStatement(
                "INSERT INTO application (id, card_number, card_id, status, created_at, submitted_at, "
                        + "sla_deadline, reupload_rounds, version, applicant_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)");
        identity = db.prepareStatement(
                "INSERT INTO application_identity (application_id, document_type, number_encrypted, "
                        + "number_masked, identity_index, name_encrypted, name_index, expiry_date, long_term) "
                        + "VALUES (?, 'CN_RESIDENT_ID', ?, '1101**********0000', ?, ?, ?, ?, FALSE)");
        photo = db.prepareStatement(
                "INSERT INTO application_photo (application_id, kind, media_type, content_encrypted, width, "
                        + "height, brightness, sharpness, uploaded_at) VALUES (?, ?, 'image/jpeg', ?, 1280, 960, ?, ?, ?)");
    }

    /**
     * An applicant's account that signs in by phone (no password): {@code phoneIndex} its blind index, {@code
     * phoneEncrypted} the number as the server's key encrypts it.
     */
    public void account(
            String id, String phoneIndex, byte[] phoneEncrypted, String phoneMasked, OffsetDateTime createdAt)
            throws SQLException {
        account.setString(1, id);
        account.setObject(2, createdAt);
        account.setObject(3, createdAt);
        account.setString(4, phoneIndex);
        account.setBytes(5, phoneEncrypted);
        account.setString(6, phoneMasked);
        account.addBatch();
    }

    /** A card with no holder; {@code identityIndex} only for a verified one. */
    public void card(String id, String number, String status, String identityIndex, OffsetDateTime createdAt)
            throws SQLException {
        card.setString(1, id);
        card.setString(2, number);
        card.setString(3, status);
        card.setString(4, identityIndex);
        card.setObject(5, createdAt);
        card.addBatch();
    }

    /** An application with no applicant, submitted at {@code submittedAt} and due three days later. */
    public void application(String id, String cardNumber, String cardId, String status, OffsetDateTime submittedAt)
            throws SQLException {
        application(id, cardNumber, cardId, status, submittedAt, null);
    }

    /** An application of the applicant {@code applicantId} (null: none), submitted at {@code submittedAt}. */
    public void application(
            String id, String cardNumber, String cardId, String status, OffsetDateTime submittedAt, String applicantId)
            throws SQLException {
        application.setString(1, id);
        application.setString(2, cardNumber);
        application.setString(3, cardId);
        application.setString(4, status);
        application.setObject(5, submittedAt);
        application.setObject(6, submittedAt);
        application.setObject(7, submittedAt.plusDays(3));
        application.setString(8, applicantId);
        application.addBatch();
    }

    /** A resident ID declaration, known by its blind indexes. */
    public void identity(String applicationId, String identityIndex, String nameIndex, LocalDate expiry)
            throws SQLException {
        identity.setString(1, applicationId);
        identity.setBytes(2, new byte[] {1, 2, 3});
        identity.setString(3, identityIndex);
        identity.setBytes(4, new byte[] {4, 5, 6});
        identity.setString(5, nameIndex);
        identity.setObject(6, expiry);
        identity.addBatch();
    }

    /** A 1280×960 photo's upload measurements (the image itself a placeholder). */
    public void photo(String applicationId, String kind, double brightness, double sharpness, OffsetDateTime uploadedAt)
            throws SQLException {
        photo.setString(1, applicationId);
        photo.setString(2, kind);
        photo.setBytes(3, new byte[] {7, 7, 7, 7});
        photo.setDouble(4, brightness);
        photo.setDouble(5, sharpness);
        photo.setObject(6, uploadedAt);
        photo.addBatch();
    }

    public void flush() throws SQLException {
        account.executeBatch();
        card.executeBatch();
        application.executeBatch();
        identity.executeBatch();
        photo.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {account, card, application, identity, photo}) {
            statement.close();
        }
    }
}
