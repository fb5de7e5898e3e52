-- Cards bound to applicants' accounts, and the application state machine's own columns.
CREATE TABLE card (
    id             VARCHAR(36)              NOT NULL,
    card_number    VARCHAR(20)              NOT NULL,
    holder_id      VARCHAR(36),
    status         VARCHAR(24)              NOT NULL,
    identity_index VARCHAR(64),
    verified_at    TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT card_pk PRIMARY KEY (id),
    CONSTRAINT card_number_unique UNIQUE (card_number),
    CONSTRAINT card_holder_fk FOREIGN KEY (holder_id) REFERENCES account (id),
    CONSTRAINT card_status_known CHECK (status IN ('UNVERIFIED', 'PENDING', 'VERIFIED', 'REVERIFICATION_REQUIRED'))
);
CREATE INDEX card_holder ON card (holder_id);
CREATE INDEX card_identity ON card (identity_index, status);

ALTER TABLE application ADD COLUMN card_id VARCHAR(36);
ALTER TABLE application ADD COLUMN sla_remaining_ms BIGINT;
ALTER TABLE application ADD COLUMN reupload_rounds INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE application ADD COLUMN requested_photos VARCHAR(40);
ALTER TABLE application ADD COLUMN reason VARCHAR(40);
ALTER TABLE application ADD COLUMN claimed_by VARCHAR(36);
ALTER TABLE application ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN decided_by VARCHAR(36);
ALTER TABLE application ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN consent_version VARCHAR(32);
ALTER TABLE application ADD COLUMN consent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN consent_client VARCHAR(64);
ALTER TABLE application ADD CONSTRAINT application_card_fk FOREIGN KEY (card_id) REFERENCES card (id);
CREATE INDEX application_card ON application (card_id, status);
CREATE INDEX application_queue ON application (status, sla_deadline);

-- Public holidays and make-up working days, set per year by administrators.
CREATE TABLE calendar_day (
    calendar_date DATE     NOT NULL,
    kind VARCHAR(12) NOT NULL,
    CONSTRAINT calendar_day_pk PRIMARY KEY (calendar_date),
    CONSTRAINT calendar_day_kind_known CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);
