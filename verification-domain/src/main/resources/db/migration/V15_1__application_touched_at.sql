-- When the holder (or a reviewer's re-upload request) last moved an application: drafts and re-upload requests left
-- untouched too long expire. Existing rows start from their creation (or submission, for a re-upload request).
ALTER TABLE application ADD COLUMN touched_at TIMESTAMP WITH TIME ZONE;
UPDATE application SET touched_at = COALESCE(submitted_at, created_at);
CREATE INDEX application_touched_at ON application (status, touched_at);
