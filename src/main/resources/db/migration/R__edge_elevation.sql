-- Climb, descent and steepest grade of every edge from the elevation model (dem_tile), when one is
-- loaded (repeatable migration: the current definition of its function, changed here and not in a
-- new versioned file; see docs/architecture.md).
--
-- The ground is read between cell centres by bilinear interpolation, and an edge's grade is
-- measured over stretches of at least one cell: a height model says nothing finer, and grades
-- over shorter runs are noise (a 7 m street "falling" 29 m between two cells). An edge of length
-- L at least one cell long is cut into n = floor(L / cell) equal stretches; a shorter edge is
-- measured over one cell centred on its middle, along its chord, and its climb and descent are
-- that grade times L. Each tile's cells are read once: the four cells around each sample are found
-- from the grid's origin and cell size instead of ST_Value per point.

CREATE OR REPLACE FUNCTION outreach_fill_climb() RETURNS bigint
LANGUAGE plpgsql
SET jit = off
AS $$
DECLARE
    v_grid record;
    v_cell_m double precision;
    v_edges bigint;
    v_tile record;
BEGIN
    -- the grid of the model: its first tile's origin and cell size (the tiles of one file, and
    -- SRTM tiles of one resolution, share it)
    SELECT ST_SRID(rast) AS srid, ST_UpperLeftX(rast) AS ulx, ST_UpperLeftY(rast) AS uly,
           ST_ScaleX(rast) AS sx, ST_ScaleY(rast) AS sy,
           ST_Transform(ST_Centroid(ST_Envelope(rast)), 4326) AS centre
      INTO v_grid
      FROM dem_tile ORDER BY id LIMIT 1;
    IF v_grid.srid IS NULL THEN
        UPDATE road_edge SET climb_m = NULL, descent_m = NULL, max_grade = NULL
         WHERE climb_m IS NOT NULL OR descent_m IS NOT NULL OR max_grade IS NOT NULL;
        RETURN 0;
    END IF;
    -- a cell's size on the ground: the longer of its sides, at the model's first tile
    SELECT greatest(ST_Distance(c.g::geography,
                                ST_Transform(ST_Translate(c.m, v_grid.sx, 0), 4326)::geography),
                    ST_Distance(c.g::geography,
                                ST_Transform(ST_Translate(c.m, 0, v_grid.sy), 4326)::geography))
      INTO v_cell_m
      FROM (SELECT v_grid.centre AS g, ST_Transform(v_grid.centre, v_grid.srid) AS m) c;
    PERFORM outreach_drop_temp_tables(ARRAY['dem_sample', 'dem_corner', 'dem_height']);

    -- the samples of each edge in the model's CRS, i = 0 .. n, with the run between two of them
    -- and the factor from their rises to the edge's climb
    CREATE TEMP TABLE dem_sample ON COMMIT DROP AS
    SELECT s.id, s.i, s.run_m, s.scale, pt.pt, ST_X(pt.pt) AS x, ST_Y(pt.pt) AS y
      FROM (SELECT e.id, i, e.length_m / g.n AS run_m, 1::double precision AS scale,
                   ST_LineInterpolatePoint(g.geom_m, i::double precision / g.n) AS p
              FROM road_edge e
             CROSS JOIN LATERAL (
                    SELECT ST_Transform(e.geom, utm_srid(e.geom)) AS geom_m,
                           floor(e.length_m / v_cell_m + 1e-6)::integer AS n) g
             CROSS JOIN LATERAL generate_series(0, g.n) AS i
             WHERE e.length_m >= v_cell_m * (1 - 1e-6)
            UNION ALL
            -- shorter than a cell: one cell along the chord, centred on its middle
            SELECT e.id, i, v_cell_m, e.length_m / v_cell_m,
                   -- (dx, dy) / ground: the unit of the chord, scaled to metres on the ground
                   ST_Translate(c.mid, (i - 0.5) * v_cell_m * c.dx / c.ground,
                                (i - 0.5) * v_cell_m * c.dy / c.ground)
              FROM road_edge e
             CROSS JOIN LATERAL (
                    SELECT ST_Transform(ST_StartPoint(e.geom), utm_srid(e.geom)) AS a,
                           ST_Transform(ST_EndPoint(e.geom), utm_srid(e.geom)) AS b) ab
             CROSS JOIN LATERAL (
                    SELECT ST_X(ab.b) - ST_X(ab.a) AS dx, ST_Y(ab.b) - ST_Y(ab.a) AS dy,
                           ST_Distance(ST_StartPoint(e.geom)::geography,
                                       ST_EndPoint(e.geom)::geography) AS ground,
                           ST_LineInterpolatePoint(ST_MakeLine(ab.a, ab.b), 0.5) AS mid) c
             CROSS JOIN generate_series(0, 1) AS i
             WHERE e.length_m < v_cell_m * (1 - 1e-6) AND c.ground > 0) s
     CROSS JOIN LATERAL (SELECT ST_Transform(s.p, v_grid.srid) AS pt) pt;

    -- the four cells around each sample (row r, column c of the grid, counted from the first
    -- tile's corner) and the bilinear weight of each
    CREATE TEMP TABLE dem_corner ON COMMIT DROP AS
    SELECT s.id, s.i, f.r0 + k.dr AS r, f.c0 + k.dc AS c,
           (CASE WHEN k.dc = 1 THEN f.fx ELSE 1 - f.fx END)
           * (CASE WHEN k.dr = 1 THEN f.fy ELSE 1 - f.fy END) AS w
      FROM dem_sample s
     CROSS JOIN LATERAL (
            SELECT (s.x - v_grid.ulx) / v_grid.sx - 0.5 AS px,
                   (s.y - v_grid.uly) / v_grid.sy - 0.5 AS py) p
     CROSS JOIN LATERAL (
            SELECT floor(p.px)::integer AS c0, floor(p.py)::integer AS r0,
                   p.px - floor(p.px) AS fx, p.py - floor(p.py) AS fy) f
     CROSS JOIN (VALUES (0, 0), (0, 1), (1, 0), (1, 1)) AS k (dr, dc);

    -- the value of each of those cells, read tile by tile at the cell's centre
    CREATE TEMP TABLE dem_height ON COMMIT DROP AS
    SELECT r, c,
           ST_SetSRID(ST_MakePoint(v_grid.ulx + (c + 0.5) * v_grid.sx,
                                   v_grid.uly + (r + 0.5) * v_grid.sy), v_grid.srid) AS pt,
           NULL::double precision AS value, NULL::bigint AS tile
      FROM (SELECT DISTINCT r, c FROM dem_corner) d;
    CREATE UNIQUE INDEX ON dem_height (r, c);
    CREATE INDEX ON dem_height USING gist (pt);
    ANALYZE dem_height;
    FOR v_tile IN
        SELECT id, ST_Envelope(rast) AS envelope, ST_UpperLeftX(rast) AS ulx,
               ST_UpperLeftY(rast) AS uly, ST_ScaleX(rast) AS sx, ST_ScaleY(rast) AS sy,
               ST_Width(rast) AS w, ST_Height(rast) AS h, ST_BandNoDataValue(rast, 1) AS nodata,
               ST_DumpValues(rast, 1, false) AS vals
          FROM dem_tile
         ORDER BY id
    LOOP
        -- where tiles of several files overlap, the first loaded counts
        UPDATE dem_height d
           SET value = v_tile.vals[x.r][x.c], tile = v_tile.id
          FROM (SELECT h.r AS hr, h.c AS hc,
                       floor((ST_Y(h.pt) - v_tile.uly) / v_tile.sy)::integer + 1 AS r,
                       floor((ST_X(h.pt) - v_tile.ulx) / v_tile.sx)::integer + 1 AS c
                  FROM dem_height h
                 WHERE h.pt && v_tile.envelope AND h.value IS NULL) x
         WHERE d.r = x.hr AND d.c = x.hc
           AND x.r BETWEEN 1 AND v_tile.h AND x.c BETWEEN 1 AND v_tile.w
           AND (v_tile.nodata IS NULL OR v_tile.vals[x.r][x.c] <> v_tile.nodata);
    END LOOP;

    WITH heights AS (
        -- the weighted mean of the cells with a value (all four inside the model)
        SELECT k.id, k.i, sum(k.w * h.value) / nullif(sum(k.w), 0) AS value
          FROM dem_corner k
          JOIN dem_height h ON h.r = k.r AND h.c = k.c
         WHERE h.value IS NOT NULL
         GROUP BY k.id, k.i
    ), steps AS (
        SELECT h.id, s.scale,
               h.value - lag(h.value) OVER w AS dh,
               (h.i - lag(h.i) OVER w) * s.run_m AS run
          FROM heights h
          JOIN dem_sample s ON s.id = h.id AND s.i = h.i
         WHERE h.value IS NOT NULL
        WINDOW w AS (PARTITION BY h.id ORDER BY h.i)
    ), totals AS (
        SELECT e.id,
               CASE WHEN count(s.dh) > 0 THEN sum(greatest(s.dh, 0) * s.scale) END AS climb,
               CASE WHEN count(s.dh) > 0 THEN sum(greatest(-s.dh, 0) * s.scale) END AS descent,
               max(abs(s.dh) / s.run) AS max_grade
          FROM road_edge e
          LEFT JOIN steps s ON s.id = e.id
         GROUP BY e.id
    )
    UPDATE road_edge e
       SET climb_m = t.climb, descent_m = t.descent, max_grade = t.max_grade
      FROM totals t
     WHERE t.id = e.id
       AND (e.climb_m, e.descent_m, e.max_grade)
           IS DISTINCT FROM (t.climb, t.descent, t.max_grade);

    DROP TABLE dem_sample, dem_corner, dem_height;
    SELECT count(*) INTO v_edges FROM road_edge WHERE climb_m IS NOT NULL;
    RETURN v_edges;
END
$$;

COMMENT ON FUNCTION outreach_fill_climb() IS
    'Fills road_edge.climb_m, descent_m and max_grade from the elevation model in dem_tile. The '
    'height at a point is the bilinear interpolation of the four cells around it (band 1, by '
    'their centres; nodata cells and cells beyond the model left out and the others'' weights '
    'renormalised; where tiles overlap, the first loaded counts). An edge at least one cell long '
    '(cell = the longer side of a cell on the ground) is sampled at n+1 evenly spaced points, '
    'n = floor(length / cell), spaced along it in the UTM zone of the edge (utm_srid); a shorter '
    'edge at the two ends of a one-cell stretch along its chord centred on its middle, its rises '
    'and falls scaled by length / cell. Climb and descent are the sums of the rises and falls from '
    'source to target, max_grade the largest |rise| / run of one stretch. Edges with fewer than two '
    'samples on the model, or all edges when no model is loaded, get null (walked as flat). '
    'Returns how many edges have an elevation profile.';
