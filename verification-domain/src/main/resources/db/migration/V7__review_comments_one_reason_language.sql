-- A reviewer's comment on a decision is kept for staff (never shown to the holder), encrypted like other free text.
CREATE TABLE review_comment (
    id             VARCHAR(36)              NOT NULL,
    application_id VARCHAR(36)              NOT NULL,
    author_id      VARCHAR(36)              NOT NULL,
    decision       VARCHAR(20)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    text_encrypted BYTEA                    NOT NULL,
    CONSTRAINT review_comment_pk PRIMARY KEY (id)
);
CREATE INDEX review_comment_application ON review_comment (application_id, created_at);

-- One reason language: the on-site face comparison failing is FACE_MISMATCH, as a reviewer's refusal is.
UPDATE outlet_visit SET reasons = REPLACE(reasons, 'FACE_NOT_MATCHED', 'FACE_MISMATCH') WHERE reasons LIKE '%FACE_NOT_MATCHED%';

-- An SMSC numbers its messages afresh after a restart, so its ids repeat over time: a part is the pair, and a receipt
-- belongs to the newest message that had the id (a repeated id used to fail the send of a new message for good).
ALTER TABLE sms_outbox_part DROP CONSTRAINT sms_outbox_part_pk;
ALTER TABLE sms_outbox_part ADD CONSTRAINT sms_outbox_part_pk PRIMARY KEY (gateway_message_id, outbox_id);
