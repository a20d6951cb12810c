-- Climb and descent of every edge from the elevation model (dem_tile), when one is loaded
-- (repeatable migration: the current definition of its function, changed here and not in a new
-- versioned file; see docs/architecture.md). Each tile's cells are read once: samples are matched
-- to cells from the tile's origin and cell size instead of ST_Value per point.

CREATE OR REPLACE FUNCTION outreach_fill_climb() RETURNS bigint
LANGUAGE plpgsql
SET jit = off
AS $$
DECLARE
    v_srid integer;
    v_edges bigint;
    v_tile record;
BEGIN
    SELECT ST_SRID(rast) INTO v_srid FROM dem_tile ORDER BY id LIMIT 1;
    IF v_srid IS NULL THEN
        UPDATE road_edge SET climb_m = NULL, descent_m = NULL
         WHERE climb_m IS NOT NULL OR descent_m IS NOT NULL;
        RETURN 0;
    END IF;
    PERFORM outreach_drop_temp_tables(ARRAY['dem_sample', 'dem_height']);

    -- n + 1 evenly spaced points along each edge, in the model's CRS
    CREATE TEMP TABLE dem_sample ON COMMIT DROP AS
    SELECT e.id, i, p.pt, ST_X(p.pt) AS x, ST_Y(p.pt) AS y
      FROM road_edge e
     CROSS JOIN LATERAL (
            SELECT ST_Transform(e.geom, 32648) AS geom_m,
                   greatest(1, ceil(e.length_m / 30))::integer AS n) g
     CROSS JOIN LATERAL generate_series(0, g.n) AS i
     CROSS JOIN LATERAL (
            SELECT ST_Transform(ST_LineInterpolatePoint(g.geom_m, i::double precision / g.n),
                                v_srid) AS pt) p;
    CREATE INDEX ON dem_sample USING gist (pt);
    ANALYZE dem_sample;

    -- the cell each sample falls in, tile by tile: a tile's values are read once, and a cell is
    -- found from the tile's origin and cell size (cells include their west and north edges)
    CREATE TEMP TABLE dem_height (id bigint, i integer, value double precision, tile bigint)
        ON COMMIT DROP;
    FOR v_tile IN
        SELECT id, ST_Envelope(rast) AS envelope, ST_UpperLeftX(rast) AS ulx,
               ST_UpperLeftY(rast) AS uly, ST_ScaleX(rast) AS sx, ST_ScaleY(rast) AS sy,
               ST_Width(rast) AS w, ST_Height(rast) AS h, ST_BandNoDataValue(rast, 1) AS nodata,
               ST_DumpValues(rast, 1, false) AS vals
          FROM dem_tile
         ORDER BY id
    LOOP
        INSERT INTO dem_height (id, i, value, tile)
        SELECT s.id, s.i, v_tile.vals[c.r][c.c], v_tile.id
          FROM dem_sample s
         CROSS JOIN LATERAL (
                SELECT floor((s.y - v_tile.uly) / v_tile.sy)::integer + 1 AS r,
                       floor((s.x - v_tile.ulx) / v_tile.sx)::integer + 1 AS c) c
         WHERE s.pt && v_tile.envelope
           AND c.r BETWEEN 1 AND v_tile.h AND c.c BETWEEN 1 AND v_tile.w
           AND (v_tile.nodata IS NULL OR v_tile.vals[c.r][c.c] <> v_tile.nodata);
    END LOOP;

    WITH heights AS (
        -- where tiles of several files overlap, the first loaded
        SELECT DISTINCT ON (id, i) id, i, value
          FROM dem_height
         ORDER BY id, i, tile
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

    DROP TABLE dem_sample, dem_height;
    SELECT count(*) INTO v_edges FROM road_edge WHERE climb_m IS NOT NULL;
    RETURN v_edges;
END
$$;

COMMENT ON FUNCTION outreach_fill_climb() IS
    'Fills road_edge.climb_m and descent_m from the elevation model in dem_tile: the edge is '
    'sampled at n+1 evenly spaced points (n = ceil(length/30 m), spacing measured in EPSG:32648), '
    'the elevation of each is the value of the raster cell it falls in (band 1, nodata skipped; '
    'a cell includes its west and north edges; where tiles overlap, the first loaded counts), '
    'and climb and descent are the sums of the rises and falls between consecutive samples from '
    'source to target. Edges with fewer than two samples on the model, or all edges when no model '
    'is loaded, get null (walked as flat). Returns how many edges have an elevation profile.';
