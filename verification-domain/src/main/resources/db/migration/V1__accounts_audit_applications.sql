-- One schema for H2 (MODE=PostgreSQL) and PostgreSQL: only types and syntax both understand.

CREATE TABLE account (
    id                 VARCHAR(36)              NOT NULL,
    username           VARCHAR(64)              NOT NULL,
    password_hash      VARCHAR(200)             NOT NULL,
    role               VARCHAR(20)              NOT NULL,
    outlet_code        VARCHAR(32),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    tokens_valid_after TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_username_unique UNIQUE (username),
    CONSTRAINT account_role_known CHECK (role IN ('APPLICANT', 'OUTLET_STAFF', 'REVIEWER', 'ADMIN'))
);

-- Append-only: rows are chained by hash; audit_head names the end of the chain and serialises appenders.
CREATE TABLE audit_event (
    seq           BIGINT                   NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      VARCHAR(64)              NOT NULL,
    actor_role    VARCHAR(20)              NOT NULL,
    action        VARCHAR(64)              NOT NULL,
    object_type   VARCHAR(64)              NOT NULL,
    object_id     VARCHAR(64)              NOT NULL,
    details       VARCHAR(1000)            NOT NULL,
    previous_hash VARCHAR(64)              NOT NULL,
    hash          VARCHAR(64)              NOT NULL,
    CONSTRAINT audit_event_pk PRIMARY KEY (seq)
);
CREATE INDEX audit_event_object ON audit_event (object_type, object_id);
CREATE INDEX audit_event_actor ON audit_event (actor_id);
CREATE INDEX audit_event_time ON audit_event (occurred_at);

CREATE TABLE audit_head (
    id        INTEGER     NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_pk PRIMARY KEY (id),
    CONSTRAINT audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE application (
    id           VARCHAR(36)              NOT NULL,
    card_number  VARCHAR(32)              NOT NULL,
    applicant_id VARCHAR(36),
    status       VARCHAR(24)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    sla_deadline TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT application_pk PRIMARY KEY (id),
    CONSTRAINT application_applicant_fk FOREIGN KEY (applicant_id) REFERENCES account (id)
);
CREATE INDEX application_status ON application (status, id);
