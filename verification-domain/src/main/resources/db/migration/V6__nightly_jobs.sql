-- Nightly jobs: escalation mark, expiry warnings sent once, legal hold, one runner per job across nodes.
ALTER TABLE application ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN legal_hold BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE expiry_warning (
    card_id     VARCHAR(36)              NOT NULL,
    expiry_date DATE                     NOT NULL,
    days_before INTEGER                  NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT expiry_warning_pk PRIMARY KEY (card_id, expiry_date, days_before)
);

CREATE TABLE job_lease (
    job_name    VARCHAR(40)              NOT NULL,
    holder      VARCHAR(100)             NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_lease_pk PRIMARY KEY (job_name)
);

CREATE INDEX application_identity_expiry ON application_identity (expiry_date);
