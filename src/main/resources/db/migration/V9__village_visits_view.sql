-- The visits that decide a village's last and next visit, in one place: the visits of published
-- plans (in_force) and of the plans they replaced (SUPERSEDED: done, if in the past), and the last
-- visit a planner recorded by hand in the village's schedule settings (no team, no time).
--   last visit: the latest visit_date before the day in question;
--   next visit: the earliest visit_date from that day on among the visits in force.
-- Drafts, solves and failed plans never count.
CREATE VIEW village_visit AS
    SELECT sv.village_code, sv.visit_date, sv.team_code, sv.arrival,
           p.status = 'PUBLISHED' AS in_force
      FROM schedule_visit sv JOIN schedule_plan p ON p.id = sv.plan_id
     WHERE p.status IN ('PUBLISHED', 'SUPERSEDED')
    UNION ALL
    SELECT s.village_code, s.last_visited, NULL, NULL, false
      FROM village_schedule_settings s
     WHERE s.last_visited IS NOT NULL;
