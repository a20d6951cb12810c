-- Progress with provenance and the teams' stock (docs/progress.md).
--
-- A village's Level-2 e-ID figure is a baseline: the figure of the import (or change) that set it,
-- with when. Each import of village or census figures adds a row for every village of its file that
-- has the figure, changed or not, so a newer file replaces the baseline and the activations
-- reported before it are not counted twice. A change made another way (SQL, a file without the
-- import run) is recorded by the trigger of R__progress.sql with no import run.
CREATE TABLE village_eid_baseline (
    id             bigserial PRIMARY KEY,
    village_code   text NOT NULL REFERENCES village (code) ON DELETE CASCADE ON UPDATE CASCADE,
    as_of          timestamptz NOT NULL,
    import_run_id  bigint REFERENCES import_run (id) ON DELETE SET NULL,
    eligible       integer CHECK (eligible >= 0),
    eid_done       integer NOT NULL CHECK (eid_done >= 0),
    CONSTRAINT village_eid_baseline_one_per_time UNIQUE (village_code, as_of)
);
COMMENT ON TABLE village_eid_baseline IS
    'each Level-2 e-ID figure a village had: from the import run that set it (NULL: another change) and since when';

-- The villages there are today: their figure, as of their last change, with the import that most
-- likely set it (the last successful village or census import that started before the change).
INSERT INTO village_eid_baseline (village_code, as_of, import_run_id, eligible, eid_done)
SELECT v.code, v.updated_at,
       (SELECT r.id FROM import_run r
         WHERE r.kind IN ('villages', 'census') AND r.status = 'SUCCEEDED'
           AND r.started_at <= v.updated_at
         ORDER BY r.started_at DESC LIMIT 1),
       v.eligible, v.eid_done
  FROM village v
 WHERE v.eid_done IS NOT NULL;

-- Stock of SIM cards and loaner phones: a ledger, never updated. Planners record what a team
-- received and what was lost; visit reports add what was handed out, lent and returned (the view
-- stock_ledger below puts both together).
CREATE TABLE stock_movement (
    id            bigserial PRIMARY KEY,
    team_code     text NOT NULL REFERENCES team (code) ON DELETE CASCADE ON UPDATE CASCADE,
    item          text NOT NULL CHECK (item IN ('SIM', 'PHONE')),
    kind          text NOT NULL CHECK (kind IN ('RECEIVED', 'HANDED_OUT', 'LENT', 'RETURNED', 'LOST')),
    quantity      integer NOT NULL CHECK (quantity > 0),
    village_code  text REFERENCES village (code) ON DELETE SET NULL ON UPDATE CASCADE,
    day           date NOT NULL,
    note          text,
    recorded_by   text NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT stock_movement_sim_not_lent CHECK (item = 'PHONE' OR kind NOT IN ('LENT', 'RETURNED')),
    CONSTRAINT stock_movement_phone_not_handed_out CHECK (item = 'SIM' OR kind <> 'HANDED_OUT')
);
CREATE INDEX stock_movement_team_idx ON stock_movement (team_code, day);
COMMENT ON TABLE stock_movement IS
    'SIM cards and loaner phones a planner recorded for a team: received, lost (and corrections); never updated';

-- The stock ledger: planners' entries and what the latest versions of the reports (those no other
-- version corrects) say was handed out, lent and returned (a report's day is its visit day).
CREATE VIEW stock_ledger AS
    SELECT m.team_code, m.item, m.kind, m.quantity, m.village_code, m.day,
           'planner' AS source, m.id::text AS ref
      FROM stock_movement m
    UNION ALL
    SELECT r.team_code, q.item, q.kind, q.quantity, r.village_code, r.visit_date,
           'report', r.report_id::text
      FROM visit_report r
     CROSS JOIN LATERAL (VALUES ('SIM', 'HANDED_OUT', r.sim_cards_handed_out),
                                ('PHONE', 'LENT', r.phones_lent),
                                ('PHONE', 'RETURNED', r.phones_returned)) AS q (item, kind, quantity)
     WHERE q.quantity > 0
       AND NOT EXISTS (SELECT 1 FROM visit_report c WHERE c.corrects = r.id);
COMMENT ON VIEW stock_ledger IS
    'SIM cards and loaner phones per team: stock_movement and the latest versions of the visit reports, one row per movement';

-- Each village's e-ID figure now: its latest baseline and the activations reported after it.
CREATE VIEW village_eid_current AS
    SELECT b.village_code, b.as_of, b.import_run_id, b.eid_done AS baseline_done,
           coalesce(r.activations, 0) AS reported_since
      FROM (SELECT DISTINCT ON (village_code) village_code, as_of, import_run_id, eid_done
              FROM village_eid_baseline ORDER BY village_code, as_of DESC) b
      LEFT JOIN LATERAL (
           SELECT sum(v.activations_completed) AS activations
             FROM visit_report v
            WHERE v.village_code = b.village_code AND v.reached AND v.received_at > b.as_of
              AND NOT EXISTS (SELECT 1 FROM visit_report c WHERE c.corrects = v.id)) r
        ON true;
COMMENT ON VIEW village_eid_current IS
    'a village''s Level-2 e-ID figure: the latest baseline (import) and the activations reported since';

-- The weekly progress reads published visits by day.
CREATE INDEX schedule_visit_date_idx ON schedule_visit (visit_date, village_code);
