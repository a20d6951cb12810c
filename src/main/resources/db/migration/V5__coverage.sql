-- Coverage analysis (docs/coverage.md): survey points aggregated into hexagons of a metric grid,
-- classified per operator and technology, estimated where nothing was measured, dead zones with
-- the villages they leave out, and a class for each village. Every table here is replaced as a
-- whole by one recompute transaction, so readers see either the old layer or the new one.

-- The hexagon (i, j) of ST_Hexagon(edge, i, j) in a metric CRS that holds the point (x, y): cube
-- rounding of the axial coordinates of flat-topped hexagons, as laid out by ST_HexagonGrid.
-- An inlined SQL function, so that a million points are placed without a spatial join.
CREATE FUNCTION coverage_hex(x double precision, y double precision, edge double precision)
RETURNS TABLE (i integer, j integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT qq::integer, (rr + floor(qq / 2.0))::integer
  FROM (SELECT x * 2.0 / 3.0 / edge AS qf, (-x / 3.0 + sqrt(3.0) / 3.0 * y) / edge AS rf) f
  CROSS JOIN LATERAL (SELECT round(qf) AS q, round(rf) AS r, round(-qf - rf) AS s) ro
  CROSS JOIN LATERAL (SELECT abs(q - qf) AS dq, abs(r - rf) AS dr, abs(s + qf + rf) AS ds) d
  CROSS JOIN LATERAL (
      SELECT CASE WHEN dq > dr AND dq > ds THEN -r - s ELSE q END AS qq,
             CASE WHEN NOT (dq > dr AND dq > ds) AND dr > ds THEN -q - s ELSE r END AS rr) c
$$;

-- The class rank of one reading: 3 good, 2 fair, 1 poor, 0 none (thresholds in docs/coverage.md).
-- 4G and 5G are judged on RSRP, 2G and 3G on RSSI; a reading without its measure on the other one
-- (RSSI for LTE, on the 2G/3G scale), then on SNR; technology 'none' is no service.
CREATE FUNCTION coverage_rank(technology text, rsrp real, rssi real, snr real)
RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE
    WHEN technology = 'none' THEN 0
    WHEN technology IN ('4G', '5G') AND rsrp IS NOT NULL THEN
      CASE WHEN rsrp >= -100 THEN 3 WHEN rsrp >= -110 THEN 2 WHEN rsrp >= -120 THEN 1 ELSE 0 END
    WHEN rssi IS NOT NULL THEN
      CASE WHEN rssi >= -85 THEN 3 WHEN rssi >= -95 THEN 2 WHEN rssi >= -105 THEN 1 ELSE 0 END
    WHEN snr IS NOT NULL THEN
      CASE WHEN snr >= 10 THEN 3 WHEN snr >= 3 THEN 2 WHEN snr >= -3 THEN 1 ELSE 0 END
    ELSE 0 END)::smallint
$$;

CREATE FUNCTION coverage_class(rank integer)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (ARRAY['none', 'poor', 'fair', 'good'])[rank + 1]
$$;

-- The lower median rank of readings counted by rank: the rank of the ceil(n/2)-th reading.
CREATE FUNCTION coverage_median_rank(n0 bigint, n1 bigint, n2 bigint, n3 bigint)
RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE
    WHEN n0 >= (n0 + n1 + n2 + n3 + 1) / 2 THEN 0
    WHEN n0 + n1 >= (n0 + n1 + n2 + n3 + 1) / 2 THEN 1
    WHEN n0 + n1 + n2 >= (n0 + n1 + n2 + n3 + 1) / 2 THEN 2
    ELSE 3 END)::smallint
$$;

COMMENT ON FUNCTION coverage_hex(double precision, double precision, double precision) IS
    'The hexagon (i, j) of ST_Hexagon(edge, i, j) that holds the point (x, y) of a metric CRS';
COMMENT ON FUNCTION coverage_rank(text, real, real, real) IS
    'Class rank of one survey reading: 3 good, 2 fair, 1 poor, 0 none (docs/coverage.md)';
COMMENT ON FUNCTION coverage_class(integer) IS 'The class name of a rank 0..3';
COMMENT ON FUNCTION coverage_median_rank(bigint, bigint, bigint, bigint) IS
    'Lower median rank of readings counted by rank (none, poor, fair, good)';

-- One row per recompute; the latest describes the layer in the tables below.
CREATE TABLE coverage_run (
    id             bigserial PRIMARY KEY,
    computed_at    timestamptz NOT NULL DEFAULT now(),
    fingerprint    text NOT NULL,
    parameters     jsonb NOT NULL,
    survey_points  bigint NOT NULL,
    cells          integer NOT NULL,
    estimated_cells integer NOT NULL,
    dead_zones     integer NOT NULL,
    agreement      jsonb,
    millis         bigint NOT NULL
);

-- The hexagons that carry a class (measured or estimated); a hexagon that is not here is unknown.
CREATE TABLE coverage_hex (
    cell_i   integer NOT NULL,
    cell_j   integer NOT NULL,
    geom     geometry(Polygon, 4326) NOT NULL,
    PRIMARY KEY (cell_i, cell_j)
);
CREATE INDEX coverage_hex_geom_idx ON coverage_hex USING gist (geom);

-- operator '*' is any operator, technology '*' any technology.
CREATE TABLE coverage_cell (
    cell_i         integer NOT NULL,
    cell_j         integer NOT NULL,
    operator       text NOT NULL,
    technology     text NOT NULL,
    samples        integer NOT NULL CHECK (samples >= 0),
    -- readings by class (0 for estimated cells)
    n_none         integer NOT NULL DEFAULT 0,
    n_poor         integer NOT NULL DEFAULT 0,
    n_fair         integer NOT NULL DEFAULT 0,
    n_good         integer NOT NULL DEFAULT 0,
    signal_measure text,
    signal_median  real,
    signal_p10     real,
    last_observed  timestamptz,
    rank           smallint NOT NULL CHECK (rank BETWEEN 0 AND 3),
    class          text NOT NULL CHECK (class IN ('good', 'fair', 'poor', 'none')),
    estimated      boolean NOT NULL,
    stale          boolean NOT NULL,
    confidence     text NOT NULL CHECK (confidence IN ('high', 'medium', 'low', 'estimated')),
    PRIMARY KEY (operator, technology, cell_i, cell_j),
    CONSTRAINT coverage_cell_estimated CHECK (estimated = (samples = 0)),
    CONSTRAINT coverage_cell_confidence CHECK (estimated = (confidence = 'estimated'))
);

CREATE TABLE dead_zone (
    id                 integer PRIMARY KEY,
    geom               geometry(MultiPolygon, 4326) NOT NULL,
    area_km2           double precision NOT NULL,
    cells              integer NOT NULL,
    measured_share     double precision NOT NULL CHECK (measured_share BETWEEN 0 AND 1),
    estimated_share    double precision NOT NULL CHECK (estimated_share BETWEEN 0 AND 1),
    village_codes      text[] NOT NULL,
    village_names      text[] NOT NULL,
    households         integer NOT NULL,
    residents          integer NOT NULL,
    eligible           integer NOT NULL,
    eid_missing        integer NOT NULL,
    operators_absent   text[] NOT NULL,
    operators_measured text[] NOT NULL,
    -- from the most populous village inside (the interior when none) to the centre of the nearest
    -- hexagon where usable signal was measured
    nearest_usable_m   double precision
);
CREATE INDEX dead_zone_geom_idx ON dead_zone USING gist (geom);

-- The class of each village per operator ('*': the best operator), read by the scheduler.
CREATE TABLE village_coverage (
    village_code  text NOT NULL,
    operator      text NOT NULL,
    class         text NOT NULL CHECK (class IN ('good', 'fair', 'poor', 'none', 'unknown')),
    estimated     boolean NOT NULL,
    samples       integer NOT NULL,
    stale         boolean NOT NULL,
    confidence    text NOT NULL,
    dead_zone_id  integer,
    PRIMARY KEY (village_code, operator)
);
