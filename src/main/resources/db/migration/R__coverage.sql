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

-- The rank of an LTE RSRP or NR SS-RSRP value (dBm), NULL for none: good from -100, fair from -110,
-- poor from -120.
CREATE OR REPLACE FUNCTION coverage_rank_rsrp(v real)
RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE WHEN v >= -100 THEN 3 WHEN v >= -110 THEN 2 WHEN v >= -120 THEN 1
               WHEN v IS NOT NULL THEN 0 END)::smallint
$$;

COMMENT ON FUNCTION coverage_rank_rsrp(real) IS
    'Class rank of an RSRP (LTE) or SS-RSRP (NR) value in dBm; NULL when there is none';

-- The rank of a 2G RSSI, 3G RSCP or 3G RSSI value (dBm), NULL for none: good from -85, fair from
-- -95, poor from -105.
CREATE OR REPLACE FUNCTION coverage_rank_rssi(v real)
RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE WHEN v >= -85 THEN 3 WHEN v >= -95 THEN 2 WHEN v >= -105 THEN 1
               WHEN v IS NOT NULL THEN 0 END)::smallint
$$;

COMMENT ON FUNCTION coverage_rank_rssi(real) IS
    'Class rank of a 2G RSSI, 3G RSCP or 3G RSSI value in dBm; NULL when there is none';

-- The class rank of one reading: 3 good, 2 fair, 1 poor, 0 none, NULL unknown (thresholds and
-- their sources in docs/coverage.md). Each technology is judged on its own measure: 4G on RSRP,
-- 5G on NR SS-RSRP or the LTE anchor's RSRP (the better of the two), 3G on RSCP (RSSI when that is
-- all there is), 2G on RSSI. A reading without the measure of its technology is unknown, never
-- none; technology 'none' is no service.
DROP FUNCTION IF EXISTS coverage_rank(text, real, real, real);

CREATE OR REPLACE FUNCTION coverage_rank(technology text, rsrp real, rssi real, rscp real,
                                         nr_rsrp real)
RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE technology
    WHEN 'none' THEN 0
    WHEN '4G' THEN coverage_rank_rsrp(rsrp)
    WHEN '5G' THEN greatest(coverage_rank_rsrp(nr_rsrp), coverage_rank_rsrp(rsrp))
    WHEN '3G' THEN coalesce(coverage_rank_rssi(rscp), coverage_rank_rssi(rssi))
    WHEN '2G' THEN coverage_rank_rssi(rssi)
    END)::smallint
$$;

COMMENT ON FUNCTION coverage_rank(text, real, real, real, real) IS
    'Class rank of one survey reading from the measure of its technology: 3 good, 2 fair, 1 poor,'
    ' 0 none, NULL unknown (docs/coverage.md)';

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
