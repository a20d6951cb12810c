-- Visit reports from the field (docs/field-reports.md): one row per version of a report, never
-- updated nor deleted. A correction is a new version whose `corrects` names the version it
-- replaces; every version of one report shares `report_id` (the id of its first version). What the
-- team did not report is NULL (unknown), never 0.
CREATE TABLE visit_report (
    id                     uuid PRIMARY KEY,
    report_id              uuid NOT NULL,
    corrects               uuid REFERENCES visit_report (id),
    version_no             bigint GENERATED ALWAYS AS IDENTITY,
    team_code              text NOT NULL REFERENCES team (code),
    village_code           text NOT NULL REFERENCES village (code),
    visit_date             date NOT NULL,
    -- schedule_visit.id when the visit was planned (no key: a plan may be replaced, the report stays)
    planned_visit_id       bigint,
    reached                boolean NOT NULL,
    not_reached_reason     text CHECK (not_reached_reason IN
                               ('ROAD_CLOSED', 'FLOODED', 'RAIN', 'RESIDENTS_AWAY', 'TEAM_UNAVAILABLE', 'OTHER')),
    start_time             time,
    end_time               time,
    households_helped      integer CHECK (households_helped >= 0),
    activations_completed  integer CHECK (activations_completed >= 0),
    unfinished_no_signal   integer CHECK (unfinished_no_signal >= 0),
    unfinished_no_sim      integer CHECK (unfinished_no_sim >= 0),
    unfinished_no_phone    integer CHECK (unfinished_no_phone >= 0),
    unfinished_papers      integer CHECK (unfinished_papers >= 0),
    sim_cards_handed_out   integer CHECK (sim_cards_handed_out >= 0),
    phones_lent            integer CHECK (phones_lent >= 0),
    phones_returned        integer CHECK (phones_returned >= 0),
    -- [{"operator": "Viettel", "level": "NONE" | "WEAK" | "USABLE"}]
    signal                 jsonb NOT NULL DEFAULT '[]',
    notes                  text,
    -- SHA-256 of the version's content (every field above but id, sent_by, received_at, via)
    content_hash           text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    sent_by                text NOT NULL CHECK (sent_by <> ''),
    received_at            timestamptz NOT NULL DEFAULT now(),
    via                    text NOT NULL CHECK (via IN ('API', 'SMS', 'IMPORT')),
    -- the short code of an SMS (first 8 hex digits of the phone's id) the version came in
    sms_code               text CHECK (sms_code ~ '^[0-9a-f]{8}$'),
    CONSTRAINT visit_report_reason CHECK (reached = (not_reached_reason IS NULL)),
    CONSTRAINT visit_report_times CHECK (start_time IS NULL OR end_time IS NULL OR start_time <= end_time),
    CONSTRAINT visit_report_one_correction UNIQUE (corrects),
    CONSTRAINT visit_report_first_version CHECK ((corrects IS NULL) = (report_id = id))
);
CREATE INDEX visit_report_team_date_idx ON visit_report (team_code, visit_date);
CREATE INDEX visit_report_village_date_idx ON visit_report (village_code, visit_date);
CREATE INDEX visit_report_report_idx ON visit_report (report_id, version_no);
CREATE INDEX visit_report_sms_idx ON visit_report (team_code, visit_date, sms_code) WHERE sms_code IS NOT NULL;
COMMENT ON TABLE visit_report IS
    'one version of a visit report per row, append-only; the latest version of a report_id counts';

-- A version received under an id already stored with other content: kept for a planner, who keeps
-- the stored one or the received one (which then becomes a new version correcting the stored).
CREATE TABLE visit_report_conflict (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stored_id       uuid NOT NULL REFERENCES visit_report (id),
    received        jsonb NOT NULL,
    received_hash   text NOT NULL CHECK (received_hash ~ '^[0-9a-f]{64}$'),
    sent_by         text NOT NULL CHECK (sent_by <> ''),
    received_at     timestamptz NOT NULL DEFAULT now(),
    via             text NOT NULL CHECK (via IN ('API', 'SMS', 'IMPORT')),
    resolution      text CHECK (resolution IN ('stored', 'received')),
    resolved_by     text,
    resolved_at     timestamptz,
    -- the version made from the received content when it was kept
    resolved_version uuid REFERENCES visit_report (id),
    CONSTRAINT visit_report_conflict_once UNIQUE (stored_id, received_hash),
    CONSTRAINT visit_report_conflict_resolved CHECK (
        (resolution IS NULL) = (resolved_by IS NULL) AND (resolution IS NULL) = (resolved_at IS NULL))
);
CREATE INDEX visit_report_conflict_open_idx ON visit_report_conflict (received_at) WHERE resolution IS NULL;
