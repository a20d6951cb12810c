-- Core schema: provinces, communes, villages, teams, coverage survey points, road segments, and the
-- record of every import. Geometries are stored in EPSG:4326; invariants are constraints here, not
-- only checks in Java.

CREATE TABLE province (
    code        text PRIMARY KEY CHECK (code <> ''),
    name        text NOT NULL CHECK (name <> ''),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE commune (
    code           text PRIMARY KEY CHECK (code <> ''),
    province_code  text NOT NULL REFERENCES province (code),
    name           text NOT NULL CHECK (name <> ''),
    boundary       geometry(MultiPolygon, 4326) NOT NULL
                   CHECK (ST_IsValid(boundary) AND NOT ST_IsEmpty(boundary)),
    centre         geometry(Point, 4326) NOT NULL CHECK (NOT ST_IsEmpty(centre)),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX commune_boundary_idx ON commune USING gist (boundary);
CREATE INDEX commune_province_idx ON commune (province_code);

CREATE TABLE village (
    code            text PRIMARY KEY CHECK (code <> ''),
    commune_code    text NOT NULL REFERENCES commune (code),
    name            text NOT NULL CHECK (name <> ''),
    location        geometry(Point, 4326) NOT NULL CHECK (NOT ST_IsEmpty(location)),
    households      integer NOT NULL CHECK (households >= 0),
    residents       integer NOT NULL CHECK (residents >= 0),
    eligible        integer NOT NULL CHECK (eligible >= 0),
    eid_done        integer NOT NULL CHECK (eid_done >= 0),
    grid_power      text NOT NULL DEFAULT 'unknown' CHECK (grid_power IN ('yes', 'no', 'unknown')),
    ethnic_groups   text[] NOT NULL DEFAULT '{}',
    notes           text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT village_done_le_eligible CHECK (eid_done <= eligible),
    CONSTRAINT village_eligible_le_residents CHECK (eligible <= residents)
);
CREATE INDEX village_location_idx ON village USING gist (location);
CREATE INDEX village_commune_idx ON village (commune_code);
COMMENT ON COLUMN village.eligible IS 'residents aged 14 or over, eligible for Level-2 e-ID';
COMMENT ON COLUMN village.eid_done IS 'residents with Level-2 electronic identification done';

CREATE TABLE team (
    code            text PRIMARY KEY CHECK (code <> ''),
    commune_code    text NOT NULL REFERENCES commune (code),
    name            text NOT NULL CHECK (name <> ''),
    base            geometry(Point, 4326) NOT NULL CHECK (NOT ST_IsEmpty(base)),
    members         integer NOT NULL CHECK (members >= 1),
    -- ISO day numbers, 1 = Monday … 7 = Sunday
    working_days    smallint[] NOT NULL DEFAULT '{1,2,3,4,5}'
                    CHECK (working_days <@ ARRAY[1,2,3,4,5,6,7]::smallint[]
                           AND cardinality(working_days) > 0),
    day_start       time NOT NULL DEFAULT '07:30',
    day_end         time NOT NULL DEFAULT '17:00',
    transport_mode  text NOT NULL DEFAULT 'motorbike' CHECK (transport_mode IN ('motorbike', 'on_foot')),
    languages       text[] NOT NULL DEFAULT '{}',
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT team_day_order CHECK (day_start < day_end)
);
CREATE INDEX team_commune_idx ON team (commune_code);

-- Survey points are loaded in bulk (millions of rows), so the table carries no per-row index: an
-- import appends with COPY, and duplicates are found by identity_key (a 64-bit hash of source,
-- time, place, operator and technology) when the import runs. (import_id, line_no) names the row
-- of the file it came from.
CREATE TABLE survey_point (
    location      geometry(Point, 4326) NOT NULL,
    observed_at   timestamptz NOT NULL,
    operator      text NOT NULL CHECK (operator <> ''),
    technology    text NOT NULL CHECK (technology IN ('2G', '3G', '4G', '5G', 'none')),
    rsrp          real CHECK (rsrp BETWEEN -160 AND -30),
    rssi          real CHECK (rssi BETWEEN -130 AND 0),
    rsrq          real CHECK (rsrq BETWEEN -50 AND 10),
    snr           real CHECK (snr BETWEEN -30 AND 60),
    source_id     text NOT NULL DEFAULT '',
    identity_key  bigint NOT NULL,
    import_id     bigint NOT NULL,
    line_no       bigint NOT NULL,
    CONSTRAINT survey_point_signal CHECK (
        technology = 'none' OR rsrp IS NOT NULL OR rssi IS NOT NULL OR rsrq IS NOT NULL OR snr IS NOT NULL)
);
CREATE INDEX survey_point_observed_brin ON survey_point USING brin (observed_at);
COMMENT ON COLUMN survey_point.identity_key IS
    '64-bit hash of (source_id, observed_at, lon, lat, operator, technology): equal keys are exact duplicates';

CREATE TABLE road_segment (
    id          bigserial PRIMARY KEY,
    source_id   text,
    geom        geometry(LineString, 4326) NOT NULL
                CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom) AND ST_NPoints(geom) >= 2),
    road_class  text NOT NULL CHECK (road_class <> ''),
    surface     text,
    name        text,
    one_way     boolean NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX road_segment_source_idx ON road_segment (source_id);
CREATE INDEX road_segment_geom_idx ON road_segment USING gist (geom);

-- Every import, successful or not, with its outcome.
CREATE TABLE import_run (
    id            bigserial PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('communes', 'villages', 'teams', 'surveys', 'roads')),
    file_name     text NOT NULL,
    sha256        text NOT NULL,
    status        text NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    inserted      integer,
    updated       integer,
    unchanged     integer,
    problems      jsonb,
    message       text,
    -- the application_name of the process running it: a RUNNING import whose process has no
    -- connection left was interrupted
    owner         text
);
CREATE INDEX import_run_kind_idx ON import_run (kind, started_at DESC);

-- Scratch space for files read by GDAL; every table in it belongs to one import and is dropped after.
CREATE SCHEMA IF NOT EXISTS staging;
