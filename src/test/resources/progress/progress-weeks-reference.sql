-- outreach_progress_weeks as it was first written (one row per village and week, joined to the
-- reports), kept by ProgressWeeksIT as the reference the summed changes must equal exactly.
-- Created in pg_temp on the test's own connection.
CREATE FUNCTION pg_temp.progress_weeks_reference(
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
