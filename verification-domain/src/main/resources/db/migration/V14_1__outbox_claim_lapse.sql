-- A claim (SENDING) records when it was taken, so that a claim held by a process that died lapses and the message
-- is sent again; uncertain_sends counts the sends whose outcome was never known (resent once, then given up).
ALTER TABLE sms_outbox ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sms_outbox ADD COLUMN uncertain_sends INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX sms_outbox_claimed ON sms_outbox (status, claimed_at);
-- Rows left SENDING by earlier versions (which never resent them) have no claim time and may be days old: given up,
-- as those versions intended, rather than sent late.
UPDATE sms_outbox SET status = 'FAILED', last_error = 'outcome unknown (claimed before claims could lapse)'
    WHERE status = 'SENDING';
