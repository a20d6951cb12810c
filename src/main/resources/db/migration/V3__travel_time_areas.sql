-- What each stored travel-time matrix was computed from. `outreach travel-times` computes the
-- matrix of a planning area (a commune or a province) for a mode, season and closure set, and
-- records here the fingerprint of its inputs (the network's edge costs where the area's places
-- are, the places and their attachments, the time limit): an area whose fingerprint has not
-- changed is not computed again.
CREATE TABLE travel_time_area (
    area_kind     text NOT NULL CHECK (area_kind IN ('commune', 'province')),
    area_code     text NOT NULL,
    mode          text NOT NULL CHECK (mode IN ('motorbike', 'on_foot')),
    season        text NOT NULL CHECK (season IN ('dry', 'rainy')),
    closure_set   text NOT NULL DEFAULT '',
    fingerprint   text NOT NULL,
    places        integer NOT NULL CHECK (places >= 0),
    pairs         integer NOT NULL CHECK (pairs >= 0),
    unreachable   integer NOT NULL CHECK (unreachable >= 0),
    beyond_limit  integer NOT NULL CHECK (beyond_limit >= 0),
    max_seconds   double precision NOT NULL CHECK (max_seconds > 0),
    computed_at   timestamptz NOT NULL DEFAULT now(),
    compute_ms    bigint NOT NULL CHECK (compute_ms >= 0),
    PRIMARY KEY (area_kind, area_code, mode, season, closure_set)
);
COMMENT ON COLUMN travel_time_area.pairs IS 'ordered pairs of places stored in travel_time';
COMMENT ON COLUMN travel_time_area.unreachable IS 'ordered pairs no way on the network joins';
COMMENT ON COLUMN travel_time_area.beyond_limit IS
    'ordered pairs joined only by ways longer than max_seconds (not stored)';

-- Lookups of the times to a place (e.g. every village's time to its commune centre).
CREATE INDEX travel_time_to_idx ON travel_time (to_kind, to_code, mode, season, closure_set);

-- Travel times can be imported from a matrix file.
ALTER TABLE import_run DROP CONSTRAINT import_run_kind_check;
ALTER TABLE import_run
    ADD CONSTRAINT import_run_kind_check
    CHECK (kind IN ('communes', 'villages', 'teams', 'surveys', 'roads', 'closures',
                    'travel-times'));
