-- Progress with provenance and stock (repeatable migration: the current definition of its
-- functions and trigger; see docs/progress.md and docs/architecture.md). The latest version of a
-- visit report is the one no other version corrects (the view visit_report_latest of
-- R__visit_reports.sql, written out here: this file runs before that one).

CREATE OR REPLACE FUNCTION outreach_record_eid_baseline() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.eid_done IS NOT NULL AND (TG_OP = 'INSERT'
            OR (OLD.eid_done, OLD.eligible) IS DISTINCT FROM (NEW.eid_done, NEW.eligible)) THEN
        INSERT INTO village_eid_baseline (village_code, as_of, eligible, eid_done)
        VALUES (NEW.code, now(), NEW.eligible, NEW.eid_done)
        ON CONFLICT (village_code, as_of)
        DO UPDATE SET eligible = EXCLUDED.eligible, eid_done = EXCLUDED.eid_done;
    END IF;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION outreach_record_eid_baseline() IS
    'Trigger of village: a new or changed Level-2 e-ID figure becomes the village''s baseline as of '
    'now (the import that made the change sets its run on the same row, village/EidBaselines).';

DROP TRIGGER IF EXISTS village_eid_baseline_trigger ON village;
CREATE TRIGGER village_eid_baseline_trigger
    AFTER INSERT OR UPDATE OF eid_done, eligible ON village
    FOR EACH ROW EXECUTE FUNCTION outreach_record_eid_baseline();

CREATE OR REPLACE FUNCTION outreach_progress_villages(p_kind text, p_code text)
RETURNS TABLE (code text, eligible integer)
LANGUAGE sql STABLE AS $$
    SELECT x.code, x.eligible FROM village x
     WHERE (p_kind = 'village' AND x.code = p_code)
        OR (p_kind = 'commune' AND x.commune_code = p_code)
        OR (p_kind = 'province'
            AND x.commune_code IN (SELECT c.code FROM commune c WHERE c.province_code = p_code))
$$;

COMMENT ON FUNCTION outreach_progress_villages(text, text) IS
    'The villages of an area (p_kind village, commune or province; p_code its code) and their '
    'eligible residents (NULL when unknown).';

CREATE OR REPLACE FUNCTION outreach_progress_weeks(
    p_kind text, p_code text, p_first date, p_weeks integer)
RETURNS TABLE (week_start date, villages bigint, villages_known bigint, eligible bigint,
               from_imports bigint, from_reports bigint, eid_done bigint)
LANGUAGE sql STABLE AS $$
    WITH area AS (SELECT * FROM outreach_progress_villages(p_kind, p_code)),
    weeks AS (
        SELECT (p_first + 7 * i) AS week_start, (p_first + 7 * (i + 1))::timestamptz AS week_end
          FROM generate_series(0, p_weeks - 1) AS i
    ),
    base AS (
        SELECT b.village_code, b.as_of, b.eid_done, coalesce(b.eligible, a.eligible) AS eligible,
               lead(b.as_of) OVER (PARTITION BY b.village_code ORDER BY b.as_of) AS replaced_at
          FROM village_eid_baseline b JOIN area a ON a.code = b.village_code
    ),
    state AS (
        SELECT w.week_start, b.village_code, b.as_of, b.eid_done, b.eligible
          FROM weeks w JOIN base b
            ON b.as_of < w.week_end AND (b.replaced_at IS NULL OR b.replaced_at >= w.week_end)
    ),
    reported AS (
        SELECT r.village_code, r.visit_date, r.received_at, r.activations_completed AS n
          FROM visit_report r JOIN area a ON a.code = r.village_code
         WHERE r.reached AND r.activations_completed > 0 AND r.visit_date < p_first + 7 * p_weeks
           AND NOT EXISTS (SELECT 1 FROM visit_report c WHERE c.corrects = r.id)
    ),
    added AS (
        SELECT s.week_start, s.village_code, sum(r.n) AS n
          FROM state s JOIN reported r
            ON r.village_code = s.village_code AND r.received_at > s.as_of
           AND r.visit_date < s.week_start + 7
         GROUP BY s.week_start, s.village_code
    ),
    per_week AS (
        SELECT s.week_start, count(*) AS known, sum(s.eligible) AS eligible,
               sum(s.eid_done) AS from_imports,
               sum(least(coalesce(ad.n, 0), greatest(s.eligible - s.eid_done, 0))) AS from_reports
          FROM state s LEFT JOIN added ad USING (week_start, village_code)
         GROUP BY s.week_start
    )
    SELECT w.week_start, (SELECT count(*) FROM area), coalesce(p.known, 0), p.eligible,
           p.from_imports, p.from_reports, p.from_imports + p.from_reports
      FROM weeks w LEFT JOIN per_week p USING (week_start)
     ORDER BY w.week_start
$$;

COMMENT ON FUNCTION outreach_progress_weeks(text, text, date, integer) IS
    'Level-2 e-ID progress of an area for p_weeks weeks from the Monday p_first, as each week '
    'stood at its end: per village the baseline in force then (village_eid_baseline: the latest '
    'import) plus the activations of the latest versions of the visit reports received after that baseline, of '
    'visits up to the week''s end, at most up to the village''s eligible residents. villages_known '
    'counts the villages with a figure then; the others are unknown, not zero.';

CREATE OR REPLACE FUNCTION outreach_progress_visits(
    p_kind text, p_code text, p_first date, p_weeks integer)
RETURNS TABLE (week_start date, team_code text, visits_planned bigint, households_expected bigint,
               visits_made bigint, visits_not_made bigint, households_helped bigint,
               activations bigint)
LANGUAGE sql STABLE AS $$
    WITH area AS (SELECT * FROM outreach_progress_villages(p_kind, p_code)),
    planned AS (
        SELECT p_first + 7 * ((sv.visit_date - p_first) / 7) AS week_start, sv.team_code,
               count(*) AS n, sum(sv.households_expected) AS households
          FROM schedule_visit sv
          JOIN schedule_plan p ON p.id = sv.plan_id AND p.status = 'PUBLISHED'
          JOIN area a ON a.code = sv.village_code
         WHERE sv.visit_date >= p_first AND sv.visit_date < p_first + 7 * p_weeks
         GROUP BY 1, 2
    ),
    reported AS (
        SELECT p_first + 7 * ((r.visit_date - p_first) / 7) AS week_start, r.team_code,
               count(*) FILTER (WHERE r.reached) AS made,
               count(*) FILTER (WHERE NOT r.reached) AS not_made,
               sum(r.households_helped) FILTER (WHERE r.reached) AS helped,
               sum(r.activations_completed) FILTER (WHERE r.reached) AS activations
          FROM visit_report r JOIN area a ON a.code = r.village_code
         WHERE r.visit_date >= p_first AND r.visit_date < p_first + 7 * p_weeks
           AND NOT EXISTS (SELECT 1 FROM visit_report c WHERE c.corrects = r.id)
         GROUP BY 1, 2
    )
    SELECT coalesce(p.week_start, r.week_start), coalesce(p.team_code, r.team_code),
           coalesce(p.n, 0), coalesce(p.households, 0), coalesce(r.made, 0),
           coalesce(r.not_made, 0), r.helped, r.activations
      FROM planned p FULL JOIN reported r
        ON r.week_start = p.week_start AND r.team_code = p.team_code
     ORDER BY 1, 2
$$;

COMMENT ON FUNCTION outreach_progress_visits(text, text, date, integer) IS
    'Visits of an area per week (from the Monday p_first, p_weeks weeks) and team: planned by '
    'the published plans with the households they expect, and made and not made by the latest '
    'versions of the visit reports with the households helped and activations completed (NULL when no report '
    'said).';
