-- Requests per client (a keyed hash of the limited endpoint group and the client's address bucket, never the address)
-- and minute, added up by every node: the anonymous endpoints' per-minute limits hold across nodes. Only busy clients
-- are written (see AnonymousLimits); rows older than the previous minute are deleted as the nodes share.
CREATE TABLE request_window (
    client_key  VARCHAR(64) NOT NULL,
    window_minute BIGINT    NOT NULL,
    requests    INTEGER     NOT NULL,
    CONSTRAINT request_window_pk PRIMARY KEY (client_key, window_minute)
);
CREATE INDEX request_window_minute ON request_window (window_minute);
