-- Visit reports (V20, docs/field-reports.md): the latest version of each report, and the guard that
-- keeps versions from being changed or deleted.

-- Refuses UPDATE and DELETE of a report version: a change is a new version that corrects it.
CREATE OR REPLACE FUNCTION visit_report_append_only()
RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'visit report versions are never changed nor deleted: send a correction (a new version) instead'
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

COMMENT ON FUNCTION visit_report_append_only() IS
    'Trigger function refusing UPDATE and DELETE of visit_report rows (append-only versions)';

DROP TRIGGER IF EXISTS visit_report_append_only ON visit_report;
CREATE TRIGGER visit_report_append_only BEFORE UPDATE OR DELETE ON visit_report
    FOR EACH ROW EXECUTE FUNCTION visit_report_append_only();

-- The version of each report that counts: the one no other version corrects (corrections form a
-- chain, since a version is corrected at most once).
CREATE OR REPLACE VIEW visit_report_latest AS
SELECT r.*
  FROM visit_report r
 WHERE NOT EXISTS (SELECT 1 FROM visit_report c WHERE c.corrects = r.id);

COMMENT ON VIEW visit_report_latest IS
    'The latest version of every visit report (the one that counts); report_id names the report';
