-- What the applicant declared: the number only encrypted, found by a blind index of its identity key.
CREATE TABLE application_identity (
    application_id   VARCHAR(36)  NOT NULL,
    document_type    VARCHAR(32)  NOT NULL,
    number_encrypted BYTEA        NOT NULL,
    number_masked    VARCHAR(32)  NOT NULL,
    identity_index   VARCHAR(64)  NOT NULL,
    name_encrypted   BYTEA        NOT NULL,
    name_index       VARCHAR(64)  NOT NULL,
    birth_date       DATE,
    issue_date       DATE,
    expiry_date      DATE,
    long_term        BOOLEAN      NOT NULL,
    CONSTRAINT application_identity_pk PRIMARY KEY (application_id),
    CONSTRAINT application_identity_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX application_identity_index ON application_identity (identity_index);

-- Accepted photos, re-encoded without metadata and encrypted; replaced when uploaded again.
CREATE TABLE application_photo (
    application_id    VARCHAR(36)              NOT NULL,
    kind              VARCHAR(12)              NOT NULL,
    media_type        VARCHAR(20)              NOT NULL,
    content_encrypted BYTEA                    NOT NULL,
    width             INTEGER                  NOT NULL,
    height            INTEGER                  NOT NULL,
    brightness        DOUBLE PRECISION         NOT NULL,
    sharpness         DOUBLE PRECISION         NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT application_photo_pk PRIMARY KEY (application_id, kind),
    CONSTRAINT application_photo_application_fk FOREIGN KEY (application_id) REFERENCES application (id)
);
