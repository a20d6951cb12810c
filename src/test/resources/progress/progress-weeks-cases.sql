-- Generated villages, baselines and visit reports for ProgressWeeksIT, around the Monday
-- 2026-03-02: unknown eligible residents, several baselines a week (some at a week's very end),
-- reports before and after them, not reached, without activations, corrected, beyond the cap.
SELECT setseed(0.13);

INSERT INTO team (code, commune_code, name, base, members)
VALUES ('TL-G', '03439', 'Tổ G', ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3);

INSERT INTO village (code, commune_code, name, location, eligible)
SELECT 'G' || lpad(n::text, 3, '0'), '03439', 'Bản G' || n,
       ST_SetSRID(ST_MakePoint(102.6 + n / 1000.0, 22.65), 4326),
       CASE WHEN random() < 0.2 THEN NULL ELSE (random() * 300)::int END
  FROM generate_series(1, 150) AS n;

INSERT INTO village_eid_baseline (village_code, as_of, eligible, eid_done)
SELECT v.code,
       CASE WHEN random() < 0.25
            THEN (DATE '2026-03-02' + 7 * (random() * 18 - 5)::int)::timestamptz
            ELSE TIMESTAMPTZ '2026-03-02 00:00+00' + (random() * 18 - 5) * interval '1 week' END,
       CASE WHEN random() < 0.3 THEN NULL ELSE (random() * 300)::int END,
       (random() * 200)::int
  FROM village v CROSS JOIN generate_series(1, 4) AS k
 WHERE v.code LIKE 'G%' AND random() < 0.6
ON CONFLICT DO NOTHING;

INSERT INTO visit_report (id, report_id, team_code, village_code, visit_date, reached,
                          not_reached_reason, activations_completed, content_hash, sent_by,
                          received_at, via)
SELECT x.id, x.id, 'TL-G', x.code, x.day, x.reached, CASE WHEN NOT x.reached THEN 'RAIN' END,
       CASE WHEN x.reached AND random() < 0.9 THEN (random() * 40)::int END, repeat('0', 64),
       'test-lead', x.day + random() * 20 * interval '1 day', 'API'
  FROM (SELECT gen_random_uuid() AS id, v.code, DATE '2026-03-02' + (random() * 130 - 35)::int AS day,
               random() < 0.85 AS reached
          FROM village v CROSS JOIN generate_series(1, 6) AS k
         WHERE v.code LIKE 'G%' AND random() < 0.7) x;

-- a correction of some of them: only the latest version counts
INSERT INTO visit_report (id, report_id, corrects, team_code, village_code, visit_date, reached,
                          activations_completed, content_hash, sent_by, received_at, via)
SELECT gen_random_uuid(), r.report_id, r.id, r.team_code, r.village_code, r.visit_date, true,
       (random() * 40)::int, repeat('1', 64), 'test-lead', r.received_at + interval '1 day', 'API'
  FROM visit_report r
 WHERE r.village_code LIKE 'G%' AND random() < 0.15;
