-- The message of a plan (why it failed, notes on what it could not take into account) is kept as
-- texts of the bundles under i18n/ (key and arguments, or a list of them) so that it is written in
-- the reader's language. Messages stored before as plain sentences become JSON strings, which read
-- back as they were.
ALTER TABLE schedule_plan
    ALTER COLUMN message TYPE jsonb USING CASE WHEN message IS NULL THEN NULL ELSE to_jsonb(message) END;
