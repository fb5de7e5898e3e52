-- One row per identity (its blind index), locked FOR UPDATE by every approval so that two approvals for one person
-- are judged one after the other (cards-per-identity limit, one name per identity). Rows are made on first use.
CREATE TABLE identity_lock (
    identity_index VARCHAR(64) NOT NULL,
    CONSTRAINT identity_lock_pk PRIMARY KEY (identity_index)
);
