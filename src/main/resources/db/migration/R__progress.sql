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
    -- one branch per kind, each by its own index: a sub-select inside an OR is not made a join,
    -- and the planner then reads every village (database/QueryPlansIT)
    SELECT x.code, x.eligible FROM village x WHERE p_kind = 'village' AND x.code = p_code
    UNION ALL
    SELECT x.code, x.eligible FROM village x WHERE p_kind = 'commune' AND x.commune_code = p_code
    UNION ALL
    SELECT x.code, x.eligible FROM village x JOIN commune c ON c.code = x.commune_code
     WHERE p_kind = 'province' AND c.province_code = p_code
$$;

COMMENT ON FUNCTION outreach_progress_villages(text, text) IS
    'The villages of an area (p_kind village, commune or province; p_code its code) and their '
    'eligible residents (NULL when unknown).';

CREATE OR REPLACE FUNCTION outreach_progress_weeks(
    p_kind text, p_code text, p_first date, p_weeks integer)
RETURNS TABLE (week_start date, villages bigint, villages_known bigint, eligible bigint,
               from_imports bigint, from_reports bigint, eid_done bigint)
LANGUAGE sql STABLE AS $$
    -- Weeks are numbered 0 .. p_weeks - 1 from p_first; a time counts in week
    -- greatest((its day - p_first) / 7, 0) and every week after it (as_of < a week's end <=>
    -- as_of::date < its end day). No row per village and week: each baseline and each week of
    -- activations is a change of the totals when it starts to count and when it stops, and a week's
    -- totals are the running sum of the changes up to it.
    WITH area AS (SELECT * FROM outreach_progress_villages(p_kind, p_code)),
    -- a baseline is in force from its week (wk) until the week of the village's next one (until,
    -- p_weeks if none): one made in the same week as the next is never in force at a week's end
    reign AS (
        SELECT * FROM (
            SELECT b.id, b.village_code, b.as_of, b.eid_done, e.eligible,
                   greatest(e.eligible - b.eid_done, 0) AS room,
                   greatest((b.as_of::date - p_first) / 7, 0) AS wk,
                   lead(greatest((b.as_of::date - p_first) / 7, 0), 1, p_weeks)
                       OVER (PARTITION BY b.village_code COLLATE "C" ORDER BY b.as_of) AS until
              FROM village_eid_baseline b JOIN area a ON a.code = b.village_code
             CROSS JOIN LATERAL (SELECT coalesce(b.eligible, a.eligible) AS eligible) e
             WHERE b.as_of::date < p_first + 7 * p_weeks) g
         WHERE g.until > g.wk
    ),
    -- per baseline, the activations of the latest versions received after it, by the week they
    -- start to count in (the week of the visit, or the baseline's first week if earlier)
    added AS (
        SELECT g.id, g.until, g.room, greatest((r.visit_date - p_first) / 7, g.wk) AS wk,
               sum(r.activations_completed) AS n
          FROM reign g JOIN visit_report r
            ON r.village_code = g.village_code AND r.received_at > g.as_of
         WHERE r.reached AND r.activations_completed > 0 AND r.visit_date < p_first + 7 * g.until
           AND NOT EXISTS (SELECT 1 FROM visit_report c
                            WHERE c.corrects = r.id AND c.corrects IS NOT NULL)
         GROUP BY 1, 2, 3, 4
    ),
    -- what a week adds on top of the baseline, at most up to the village's eligible residents:
    -- the running sum capped minus the running sum before that week capped
    capped AS (
        SELECT a.wk, a.until,
               least(sum(a.n) OVER w, a.room) - least(sum(a.n) OVER w - a.n, a.room) AS n
          FROM added a
        WINDOW w AS (PARTITION BY a.id ORDER BY a.wk)
    ),
    -- the changes of the totals, by week: + what starts to count then (grouped by wk), - what
    -- stops (grouped by until, when a newer baseline takes over)
    changes AS (
        SELECT 1 - 2 * GROUPING(g.wk) AS sign, coalesce(g.wk, g.until) AS wk, count(*) AS known,
               count(g.eligible) AS eligible_known, sum(g.eligible) AS eligible,
               sum(g.eid_done) AS eid_done, 0 AS from_reports
          FROM reign g GROUP BY GROUPING SETS ((g.wk), (g.until))
        UNION ALL
        SELECT 1 - 2 * GROUPING(c.wk), coalesce(c.wk, c.until), 0, 0, 0, 0, sum(c.n)
          FROM capped c GROUP BY GROUPING SETS ((c.wk), (c.until))
    ),
    per_week AS (
        SELECT c.wk, sum(c.sign * c.known) AS known,
               sum(c.sign * c.eligible_known) AS eligible_known,
               sum(c.sign * c.eligible) AS eligible, sum(c.sign * c.eid_done) AS eid_done,
               sum(c.sign * c.from_reports) AS from_reports
          FROM changes c GROUP BY c.wk
    ),
    totals AS (
        SELECT i, coalesce(sum(p.known) OVER w, 0) AS known,
               sum(p.eligible_known) OVER w AS eligible_known, sum(p.eligible) OVER w AS eligible,
               sum(p.eid_done) OVER w AS eid_done, sum(p.from_reports) OVER w AS from_reports
          FROM generate_series(0, p_weeks - 1) AS i LEFT JOIN per_week p ON p.wk = i
        WINDOW w AS (ORDER BY i)
    )
    -- a week no village has a figure for has unknown totals, and so has an eligible sum of none
    SELECT p_first + 7 * t.i, (SELECT count(*) FROM area), t.known::bigint,
           CASE WHEN t.eligible_known > 0 THEN t.eligible::bigint END,
           CASE WHEN t.known > 0 THEN t.eid_done::bigint END,
           CASE WHEN t.known > 0 THEN t.from_reports::bigint END,
           CASE WHEN t.known > 0 THEN (t.eid_done + t.from_reports)::bigint END
      FROM totals t
     ORDER BY t.i
$$;

COMMENT ON FUNCTION outreach_progress_weeks(text, text, date, integer) IS
    'Level-2 e-ID progress of an area for p_weeks weeks from the Monday p_first, as each week '
    'stood at its end: per village the baseline in force then (village_eid_baseline: the latest '
    'import) plus the activations of the latest versions of the visit reports received after that baseline, of '
    'visits up to the week''s end, at most up to the village''s eligible residents. villages_known '
    'counts the villages with a figure then; the others are unknown, not zero. Summed as changes '
    'per week (a baseline from its week until a newer one, a week''s capped activations likewise), '
    'with no row per village and week.';

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
           AND NOT EXISTS (SELECT 1 FROM visit_report c
                            WHERE c.corrects = r.id AND c.corrects IS NOT NULL)
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
