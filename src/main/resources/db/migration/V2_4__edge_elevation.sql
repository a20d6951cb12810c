-- Climb and descent of every edge from the elevation model (dem_tile), when one is loaded.

CREATE FUNCTION outreach_fill_climb() RETURNS bigint
LANGUAGE plpgsql
SET jit = off
AS $$
DECLARE
    v_srid integer;
    v_edges bigint;
BEGIN
    SELECT ST_SRID(rast) INTO v_srid FROM dem_tile ORDER BY id LIMIT 1;
    IF v_srid IS NULL THEN
        UPDATE road_edge SET climb_m = NULL, descent_m = NULL
         WHERE climb_m IS NOT NULL OR descent_m IS NOT NULL;
        RETURN 0;
    END IF;

    WITH samples AS (
        SELECT e.id, i,
               ST_Transform(ST_LineInterpolatePoint(g.geom_m, i::double precision / g.n), v_srid)
                   AS pt
          FROM road_edge e
         CROSS JOIN LATERAL (
                SELECT ST_Transform(e.geom, 32648) AS geom_m,
                       greatest(1, ceil(e.length_m / 30))::integer AS n) g
         CROSS JOIN LATERAL generate_series(0, g.n) AS i
    ), heights AS (
        SELECT s.id, s.i, h.value
          FROM samples s
         CROSS JOIN LATERAL (
                SELECT ST_Value(t.rast, 1, s.pt, true) AS value
                  FROM dem_tile t
                 WHERE ST_Intersects(t.rast, s.pt)
                   AND ST_Value(t.rast, 1, s.pt, true) IS NOT NULL
                 ORDER BY t.id
                 LIMIT 1) h
    ), steps AS (
        SELECT id, value - lag(value) OVER (PARTITION BY id ORDER BY i) AS dh
          FROM heights
    ), totals AS (
        SELECT e.id,
               CASE WHEN count(s.dh) > 0 THEN sum(greatest(s.dh, 0)) END AS climb,
               CASE WHEN count(s.dh) > 0 THEN sum(greatest(-s.dh, 0)) END AS descent
          FROM road_edge e
          LEFT JOIN steps s ON s.id = e.id
         GROUP BY e.id
    )
    UPDATE road_edge e
       SET climb_m = t.climb, descent_m = t.descent
      FROM totals t
     WHERE t.id = e.id
       AND (e.climb_m, e.descent_m) IS DISTINCT FROM (t.climb, t.descent);

    SELECT count(*) INTO v_edges FROM road_edge WHERE climb_m IS NOT NULL;
    RETURN v_edges;
END
$$;

COMMENT ON FUNCTION outreach_fill_climb() IS
    'Fills road_edge.climb_m and descent_m from the elevation model in dem_tile: the edge is '
    'sampled at n+1 evenly spaced points (n = ceil(length/30 m), spacing measured in EPSG:32648), '
    'the elevation of each is the value of the raster cell it falls in (band 1, nodata skipped), '
    'and climb and descent are the sums of the rises and falls between consecutive samples from '
    'source to target. Edges with fewer than two samples on the model, or all edges when no model '
    'is loaded, get null (walked as flat). Returns how many edges have an elevation profile.';
