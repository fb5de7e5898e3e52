-- Issue 14, the holder's lifecycle, customer service and Traditional Chinese.

-- Customer service is a staff role. The list names every role the parallel work of issue 14 adds (OPERATOR too),
-- so that whichever migration runs last leaves all of them allowed.
ALTER TABLE account DROP CONSTRAINT account_role_known;
ALTER TABLE account ADD CONSTRAINT account_role_known
    CHECK (role IN ('APPLICANT', 'OUTLET_STAFF', 'REVIEWER', 'ADMIN', 'CUSTOMER_SERVICE', 'OPERATOR'));

-- The language a holder reads (zh-Hans, zh-Hant or en); NULL means the default, simplified Chinese.
ALTER TABLE account ADD COLUMN language VARCHAR(16);

-- The blind index of the number an SMS went to, so that customer service can list a holder's recent messages
-- without decrypting every row. Rows queued before this version have none and are not listed.
ALTER TABLE sms_outbox ADD COLUMN phone_index VARCHAR(64);
CREATE INDEX sms_outbox_phone ON sms_outbox (phone_index, created_at);

-- A holder's own applications, newest first.
CREATE INDEX application_applicant ON application (applicant_id, created_at);
