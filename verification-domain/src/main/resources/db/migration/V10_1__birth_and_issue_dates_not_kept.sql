-- Issue 13: a clear birth date next to the masked number left a resident ID with about nine candidates. The birth
-- date and the issue date are checked when a document is declared (age, minors, validity period against age) and
-- never read again, so they are no longer stored at all. The values are cleared before the columns go, so that
-- the rows written from here on hold no copy of them (PostgreSQL keeps dead row versions until VACUUM: run
-- VACUUM FULL application_identity once after upgrading, see README "Personal data at rest").
UPDATE application_identity SET birth_date = NULL, issue_date = NULL
WHERE birth_date IS NOT NULL OR issue_date IS NOT NULL;
ALTER TABLE application_identity DROP COLUMN birth_date;
ALTER TABLE application_identity DROP COLUMN issue_date;

-- A Hong Kong identity card's mask no longer shows the check character nor the first digit (A1****6(3) became
-- A*****6(*)): the check character is computed from the hidden digits and narrowed them to about 900 candidates.
-- Only HK masks end in a bracketed character.
UPDATE application_identity
SET number_masked = CONCAT(SUBSTRING(number_masked, 1, 1),
        CASE WHEN SUBSTRING(number_masked, 2, 1) BETWEEN '0' AND '9' THEN '*' ELSE SUBSTRING(number_masked, 2, 1) END,
        SUBSTRING(number_masked, 3, LENGTH(number_masked) - 5), '(*)')
WHERE number_masked LIKE '%(_)' AND number_masked NOT LIKE '%(*)';
UPDATE outlet_visit
SET agent_number_masked = CONCAT(SUBSTRING(agent_number_masked, 1, 1),
        CASE WHEN SUBSTRING(agent_number_masked, 2, 1) BETWEEN '0' AND '9' THEN '*' ELSE SUBSTRING(agent_number_masked, 2, 1) END,
        SUBSTRING(agent_number_masked, 3, LENGTH(agent_number_masked) - 5), '(*)')
WHERE agent_number_masked LIKE '%(_)' AND agent_number_masked NOT LIKE '%(*)';
