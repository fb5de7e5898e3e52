-- The card operator's card file: one row per card it issued, the check code printed on the card kept only as a
-- keyed hash (HMAC-SHA256 with the index key), and the card's status at the operator.
CREATE TABLE card_registry (
    card_number VARCHAR(20)              NOT NULL,
    check_hash  VARCHAR(64)              NOT NULL,
    status      VARCHAR(12)              NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT card_registry_pk PRIMARY KEY (card_number),
    CONSTRAINT card_registry_status_known CHECK (status IN ('ACTIVE', 'LOST', 'BLOCKED'))
);

-- A card file as received (upload or inbox), parsed into lines before the import job applies them.
CREATE TABLE card_registry_file (
    id          VARCHAR(36)              NOT NULL,
    source      VARCHAR(200)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    line_count  INTEGER                  NOT NULL,
    CONSTRAINT card_registry_file_pk PRIMARY KEY (id)
);

-- Each data line of a received file: its parsed values (check code already hashed) or why it is bad.
CREATE TABLE card_registry_line (
    file_id     VARCHAR(36)  NOT NULL,
    line_no     INTEGER      NOT NULL,
    card_number VARCHAR(20),
    check_hash  VARCHAR(64),
    status      VARCHAR(12),
    problem     VARCHAR(32),
    CONSTRAINT card_registry_line_pk PRIMARY KEY (file_id, line_no),
    CONSTRAINT card_registry_line_file_fk FOREIGN KEY (file_id) REFERENCES card_registry_file (id)
);

-- Wrong check codes, per account and per card, and the lock they lead to.
CREATE TABLE card_check_throttle (
    throttle_key VARCHAR(80)              NOT NULL,
    failures     INTEGER                  NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT card_check_throttle_pk PRIMARY KEY (throttle_key)
);

-- The channel a card was last verified through (ONLINE or OUTLET), for the operator.
ALTER TABLE card ADD COLUMN verified_channel VARCHAR(8);
UPDATE card SET verified_channel = CASE
        WHEN EXISTS (SELECT 1 FROM application a JOIN outlet_visit v ON v.application_id = a.id
                     WHERE a.card_id = card.id AND a.status = 'APPROVED') THEN 'OUTLET'
        ELSE 'ONLINE' END
    WHERE verified_at IS NOT NULL;
