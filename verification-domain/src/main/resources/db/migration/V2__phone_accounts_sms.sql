-- Applicants log in with their phone number: kept encrypted, found by a keyed hash (blind index).
ALTER TABLE account ALTER COLUMN username DROP NOT NULL;
ALTER TABLE account ADD COLUMN phone_index VARCHAR(64);
ALTER TABLE account ADD COLUMN phone_encrypted BYTEA;
ALTER TABLE account ADD COLUMN phone_masked VARCHAR(20);
ALTER TABLE account ADD CONSTRAINT account_phone_unique UNIQUE (phone_index);
ALTER TABLE account ADD CONSTRAINT account_has_login CHECK (username IS NOT NULL OR phone_index IS NOT NULL);

-- One-time codes, stored only as keyed hashes.
CREATE TABLE sms_code (
    id              VARCHAR(36)              NOT NULL,
    phone_index     VARCHAR(64)              NOT NULL,
    purpose         VARCHAR(20)              NOT NULL,
    code_hash       VARCHAR(64)              NOT NULL,
    client_key      VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts INTEGER                  NOT NULL,
    consumed_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT sms_code_pk PRIMARY KEY (id)
);
CREATE INDEX sms_code_phone ON sms_code (phone_index, purpose, created_at);
CREATE INDEX sms_code_client ON sms_code (client_key, created_at);

-- Per number: resend cooldown and daily count; the row is locked while a code is issued.
CREATE TABLE phone_throttle (
    phone_index  VARCHAR(64)              NOT NULL,
    last_sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    count_day    DATE                     NOT NULL,
    sent_on_day  INTEGER                  NOT NULL,
    CONSTRAINT phone_throttle_pk PRIMARY KEY (phone_index)
);

-- Per login name or number (known or not, so that lockout reveals nothing): failures and lock.
CREATE TABLE login_throttle (
    login_key    VARCHAR(64)              NOT NULL,
    failures     INTEGER                  NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT login_throttle_pk PRIMARY KEY (login_key)
);

-- Every SMS, written in the transaction of the change that causes it; number and text encrypted.
CREATE TABLE sms_outbox (
    id              VARCHAR(36)              NOT NULL,
    template        VARCHAR(40)              NOT NULL,
    phone_encrypted BYTEA                    NOT NULL,
    phone_masked    VARCHAR(20)              NOT NULL,
    text_encrypted  BYTEA                    NOT NULL,
    status          VARCHAR(12)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    parts           INTEGER                  NOT NULL,
    parts_delivered INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(200),
    version         BIGINT                   NOT NULL,
    CONSTRAINT sms_outbox_pk PRIMARY KEY (id),
    CONSTRAINT sms_outbox_status_known CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'FAILED'))
);
CREATE INDEX sms_outbox_due ON sms_outbox (status, next_attempt_at);

-- The gateway's id of each part, to match delivery receipts.
CREATE TABLE sms_outbox_part (
    gateway_message_id VARCHAR(100) NOT NULL,
    outbox_id          VARCHAR(36)  NOT NULL,
    CONSTRAINT sms_outbox_part_pk PRIMARY KEY (gateway_message_id),
    CONSTRAINT sms_outbox_part_message_fk FOREIGN KEY (outbox_id) REFERENCES sms_outbox (id)
);
