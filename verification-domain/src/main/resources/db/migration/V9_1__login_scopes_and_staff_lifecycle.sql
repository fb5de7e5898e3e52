-- Issue 13: login failures are counted per (login, source address), per login across all sources and per source;
-- the row exists (and is locked) before a password is checked. Existing rows are per-login counters.
ALTER TABLE login_throttle ADD COLUMN scope VARCHAR(8) DEFAULT 'LOGIN' NOT NULL;
-- For a (login, source) row: the login's key, so that an unlock finds every source's row of one login.
ALTER TABLE login_throttle ADD COLUMN subject_key VARCHAR(64);
ALTER TABLE login_throttle ADD COLUMN window_started_at TIMESTAMP WITH TIME ZONE;
-- A lock notice SMS goes at most once per lock period.
ALTER TABLE login_throttle ADD COLUMN noticed_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX login_throttle_subject ON login_throttle (subject_key);

-- Staff lifecycle: a disabled account cannot log in and its tokens stop at once; every password change, disable or
-- reset moves the generation on, and a token carries the generation it was issued under.
ALTER TABLE account ADD COLUMN token_generation INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;

-- A staff member's own document, required when the account is made: its type, the number encrypted (context
-- application_identity.number) and the blind index that already refused self-processing at the counter.
ALTER TABLE account ADD COLUMN identity_type VARCHAR(40);
ALTER TABLE account ADD COLUMN identity_number_encrypted BYTEA;
