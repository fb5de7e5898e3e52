-- Service outlets, their staff's own identity (so nobody processes themselves), scans, and in-person visits.
CREATE TABLE outlet (
    code       VARCHAR(32)              NOT NULL,
    name       VARCHAR(100)             NOT NULL,
    address    VARCHAR(300)             NOT NULL,
    time_zone  VARCHAR(40)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outlet_pk PRIMARY KEY (code)
);

ALTER TABLE account ADD COLUMN identity_index VARCHAR(64);

CREATE TABLE outlet_scan (
    id                VARCHAR(36)              NOT NULL,
    outlet_code       VARCHAR(32)              NOT NULL,
    staff_id          VARCHAR(36)              NOT NULL,
    media_type        VARCHAR(40)              NOT NULL,
    content_encrypted BYTEA                    NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outlet_scan_pk PRIMARY KEY (id),
    CONSTRAINT outlet_scan_outlet_fk FOREIGN KEY (outlet_code) REFERENCES outlet (code)
);

CREATE TABLE outlet_visit (
    application_id          VARCHAR(36)              NOT NULL,
    reference               VARCHAR(24)              NOT NULL,
    outlet_code             VARCHAR(32)              NOT NULL,
    staff_id                VARCHAR(36)              NOT NULL,
    staff_username          VARCHAR(64)              NOT NULL,
    outcome                 VARCHAR(12)              NOT NULL,
    reasons                 VARCHAR(300),
    holder_name_masked      VARCHAR(80)              NOT NULL,
    contact_phone_encrypted BYTEA                    NOT NULL,
    contact_phone_masked    VARCHAR(20)              NOT NULL,
    original_seen           BOOLEAN                  NOT NULL,
    face_match              BOOLEAN                  NOT NULL,
    live_photo_scan_id      VARCHAR(36),
    agent_identity_index    VARCHAR(64),
    agent_number_masked     VARCHAR(32),
    agent_relationship      VARCHAR(20),
    poa_scan_id             VARCHAR(36),
    poa_valid_until         DATE,
    decided_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    business_date           DATE                     NOT NULL,
    CONSTRAINT outlet_visit_pk PRIMARY KEY (application_id),
    CONSTRAINT outlet_visit_reference_unique UNIQUE (reference),
    CONSTRAINT outlet_visit_application_fk FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT outlet_visit_outlet_fk FOREIGN KEY (outlet_code) REFERENCES outlet (code)
);
CREATE INDEX outlet_visit_day ON outlet_visit (outlet_code, business_date);
