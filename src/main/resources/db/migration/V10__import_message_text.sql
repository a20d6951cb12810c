-- The one-line outcome of an import is kept as a message key and its arguments, so that it is
-- written in the reader's language: {"key": …, "args": […]}. A message stored before holds its
-- words as they were: {"literal": …}.
ALTER TABLE import_run
    ALTER COLUMN message TYPE jsonb
    USING CASE WHEN message IS NULL THEN NULL ELSE jsonb_build_object('literal', message) END;
