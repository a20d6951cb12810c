-- Coverage analysis, docs/coverage.md (repeatable migration: the current definition of its
-- functions, changed here and not in a new versioned file; see docs/architecture.md).

-- The hexagon (i, j) of ST_Hexagon(edge, i, j) in a metric CRS that holds the point (x, y): cube
-- rounding of the axial coordinates of flat-topped hexagons, as laid out by ST_HexagonGrid.
-- An inlined SQL function, so that a million points are placed without a spatial join.
CREATE OR REPLACE FUNCTION coverage_hex(x double precision, y double precision,
                                        edge double precision)
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

COMMENT ON FUNCTION coverage_hex(double precision, double precision, double precision) IS
    'The hexagon (i, j) of ST_Hexagon(edge, i, j) that holds the point (x, y) of a metric CRS';

-- The class rank of one reading: 3 good, 2 fair, 1 poor, 0 none (thresholds in docs/coverage.md).
-- 4G and 5G are judged on RSRP, 2G and 3G on RSSI; a reading without its measure on the other one
-- (RSSI for LTE, on the 2G/3G scale), then on SNR; technology 'none' is no service.
CREATE OR REPLACE FUNCTION coverage_rank(technology text, rsrp real, rssi real, snr real)
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

COMMENT ON FUNCTION coverage_rank(text, real, real, real) IS
    'Class rank of one survey reading: 3 good, 2 fair, 1 poor, 0 none (docs/coverage.md)';

CREATE OR REPLACE FUNCTION coverage_class(rank integer)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (ARRAY['none', 'poor', 'fair', 'good'])[rank + 1]
$$;

COMMENT ON FUNCTION coverage_class(integer) IS 'The class name of a rank 0..3';

-- The lower median rank of readings counted by rank: the rank of the ceil(n/2)-th reading.
CREATE OR REPLACE FUNCTION coverage_median_rank(n0 bigint, n1 bigint, n2 bigint, n3 bigint)
RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE
    WHEN n0 >= (n0 + n1 + n2 + n3 + 1) / 2 THEN 0
    WHEN n0 + n1 >= (n0 + n1 + n2 + n3 + 1) / 2 THEN 1
    WHEN n0 + n1 + n2 >= (n0 + n1 + n2 + n3 + 1) / 2 THEN 2
    ELSE 3 END)::smallint
$$;

COMMENT ON FUNCTION coverage_median_rank(bigint, bigint, bigint, bigint) IS
    'Lower median rank of readings counted by rank (none, poor, fair, good)';

-- Fresh statistics of the coverage layer's tables after a recompute, for the readers' queries.
-- ANALYZE is the tables' owner's to run, not the application's: this function runs as its owner
-- (the schema owner), analyses these four tables and nothing else, and trusts no search_path.
CREATE OR REPLACE FUNCTION outreach_analyze_coverage() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    ANALYZE public.coverage_hex, public.coverage_cell, public.dead_zone, public.village_coverage;
END
$$;

COMMENT ON FUNCTION outreach_analyze_coverage() IS
    'ANALYZE of the coverage layer''s tables, as their owner, for the application after a recompute';

REVOKE EXECUTE ON FUNCTION outreach_analyze_coverage() FROM PUBLIC;
