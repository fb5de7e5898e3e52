-- The audit chain is sealed with an HMAC under an audit key kept outside the database (verification.audit.key), named
-- by key_id. Rows written before stay as they are (key_id NULL, plain SHA-256) and still verify; they form the chain's
-- beginning, and the first sealed row links to the last of them, so changing one of them breaks that link.
ALTER TABLE audit_event ADD COLUMN key_id VARCHAR(32);
