-- Endpoints of the card operator that hear about card events; the signing secret kept encrypted.
CREATE TABLE webhook (
    id               VARCHAR(36)              NOT NULL,
    url              VARCHAR(500)             NOT NULL,
    events           VARCHAR(200)             NOT NULL,
    secret_encrypted BYTEA                    NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL,
    CONSTRAINT webhook_pk PRIMARY KEY (id)
);

-- The webhook outbox: one row per event and webhook, written with the card's change, delivered after commit.
CREATE TABLE webhook_delivery (
    id               VARCHAR(36)              NOT NULL,
    webhook_id       VARCHAR(36)              NOT NULL,
    message_id       VARCHAR(40)              NOT NULL,
    event_type       VARCHAR(40)              NOT NULL,
    card_number      VARCHAR(20)              NOT NULL,
    seq              BIGINT                   NOT NULL,
    payload          VARCHAR(2000)            NOT NULL,
    status           VARCHAR(12)              NOT NULL,
    attempts         INTEGER                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    round_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    claimed_by       VARCHAR(100),
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_status      INTEGER,
    last_error       VARCHAR(200),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL,
    CONSTRAINT webhook_delivery_pk PRIMARY KEY (id),
    CONSTRAINT webhook_delivery_webhook_fk FOREIGN KEY (webhook_id) REFERENCES webhook (id),
    CONSTRAINT webhook_delivery_status_known CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED'))
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_card ON webhook_delivery (webhook_id, card_number, status, seq);
