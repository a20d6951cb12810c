-- Import kinds added without a versioned migration: each is added to the kinds the check of
-- import_run allows, whatever they are by then (a versioned migration that redefines the check
-- keeps these in its list). Safe to run again: a kind already allowed is left alone.
--   commune-names  new names and provinces of communes imported already (commune/CommuneNamesImporter)
DO $$
DECLARE
  definition text;
  kind text;
BEGIN
  FOREACH kind IN ARRAY ARRAY['commune-names'] LOOP
    SELECT pg_get_constraintdef(oid) INTO definition
      FROM pg_constraint
     WHERE conrelid = 'import_run'::regclass AND conname = 'import_run_kind_check';
    IF definition IS NOT NULL AND definition NOT LIKE '%''' || kind || '''%' THEN
      ALTER TABLE import_run DROP CONSTRAINT import_run_kind_check;
      EXECUTE 'ALTER TABLE import_run ADD CONSTRAINT import_run_kind_check '
              || regexp_replace(definition, 'ARRAY\[', 'ARRAY[' || quote_literal(kind) || '::text, ');
    END IF;
  END LOOP;
END
$$;
