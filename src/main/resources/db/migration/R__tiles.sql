-- The national map's layers as Mapbox vector tiles (repeatable migration: the current definition of
-- its functions; see docs/architecture.md and docs/map-tiles.md). Each function answers one tile
-- z/x/y of the Web Mercator grid (EPSG:3857, as ST_TileEnvelope numbers it) with one layer named
-- after the function's subject, in tile coordinates of 4096 units with a 64-unit buffer so that
-- symbols on a tile's edge are drawn whole. A NULL figure is left out of the feature (unknown is
-- not zero: the page shows it as unknown). Rows are found by their GiST index on the tile's
-- envelope in WGS 84.

CREATE OR REPLACE FUNCTION tile_envelope_4326(p_z integer, p_x integer, p_y integer)
RETURNS geometry
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ST_Transform(ST_TileEnvelope(p_z, p_x, p_y, margin => 64.0 / 4096), 4326)
$$;

COMMENT ON FUNCTION tile_envelope_4326(integer, integer, integer) IS
    'The WGS 84 box of tile z/x/y with its 64/4096 buffer: what the tile functions search by index.';

-- Villages: from zoom 10 (a tile about 39 km wide) one point per village with what the map draws;
-- below it one point per cell of 64 x 64 cells of the tile (a cluster) with the number of villages,
-- the sums of the figures of those with census figures and how many have none (unknown), so that
-- a tile of the whole country stays small.
CREATE OR REPLACE FUNCTION tile_villages(p_z integer, p_x integer, p_y integer)
RETURNS bytea
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
    WITH env AS (
        SELECT box, tile_envelope_4326(p_z, p_x, p_y) AS box4326,
               (ST_XMax(box) - ST_XMin(box)) / 64 AS cell
          FROM ST_TileEnvelope(p_z, p_x, p_y) AS box),
    found AS (
        SELECT v.code, v.name, v.commune_code, v.households, v.eligible, v.eid_done, v.location
          FROM village v, env
         WHERE v.location && env.box4326),
    -- the activations reported since each village's latest baseline (the dashboard's figure now:
    -- docs/progress.md), read for the villages of the tile only
    reported AS (
        SELECT r.village_code, sum(r.activations_completed)::integer AS since
          FROM visit_report r JOIN found f ON f.code = r.village_code
         WHERE r.reached AND r.activations_completed > 0
           -- the latest version of each report only (as the view visit_report_latest)
           AND NOT EXISTS (SELECT 1 FROM visit_report c WHERE c.corrects = r.id)
           AND r.received_at > (SELECT max(b.as_of) FROM village_eid_baseline b
                                 WHERE b.village_code = r.village_code)
         GROUP BY r.village_code),
    inside AS (
        SELECT f.code, f.name, f.commune_code, f.households, f.eligible,
               CASE WHEN f.eid_done IS NOT NULL
                    THEN least(f.eid_done + coalesce(rp.since, 0), f.eligible) END AS eid_done,
               ST_Transform(f.location, 3857) AS merc,
               f.households IS NOT NULL AND f.eligible IS NOT NULL AND f.eid_done IS NOT NULL
                   AS known
          FROM found f LEFT JOIN reported rp ON rp.village_code = f.code),
    single AS (
        SELECT ST_AsMVTGeom(i.merc, env.box, 4096, 64, true) AS geom,
               i.code, i.name, i.commune_code, i.households, i.eligible, i.eid_done,
               NULL::integer AS unknown, 1 AS villages
          FROM inside i, env
         WHERE p_z >= 10),
    grouped AS (
        SELECT ST_AsMVTGeom(ST_Centroid(ST_Collect(i.merc)), env.box, 4096, 64, true) AS geom,
               NULL::text AS code, NULL::text AS name, min(i.commune_code) AS commune_code,
               -- the sums over the villages with census figures; how many have none apart
               sum(i.households) FILTER (WHERE i.known)::integer AS households,
               sum(i.eligible) FILTER (WHERE i.known)::integer AS eligible,
               sum(i.eid_done) FILTER (WHERE i.known)::integer AS eid_done,
               nullif(count(*) FILTER (WHERE NOT i.known), 0)::integer AS unknown,
               count(*)::integer AS villages
          FROM inside i, env
         WHERE p_z < 10
         GROUP BY ST_SnapToGrid(i.merc, env.cell, env.cell), env.box),
    features AS (SELECT * FROM single UNION ALL SELECT * FROM grouped)
    SELECT ST_AsMVT(features, 'villages', 4096, 'geom') FROM features WHERE geom IS NOT NULL
$$;

COMMENT ON FUNCTION tile_villages(integer, integer, integer) IS
    'Tile z/x/y of the village layer: from zoom 10 one point per village (code, name, '
    'commune_code, households, eligible, eid_done now: the import''s figure plus the activations '
    'reported since, villages = 1); below, one point per 1/64 of the '
    'tile with villages = how many, the sums of the known figures (absent when none is known) and '
    'unknown = how many villages have no census figures (absent when none).';

-- Communes: their outlines, simplified to a tenth of a tile unit's worth of ground.
CREATE OR REPLACE FUNCTION tile_communes(p_z integer, p_x integer, p_y integer)
RETURNS bytea
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
    WITH env AS (
        SELECT ST_TileEnvelope(p_z, p_x, p_y) AS box, tile_envelope_4326(p_z, p_x, p_y) AS box4326),
    features AS (
        SELECT ST_AsMVTGeom(
                   ST_SimplifyPreserveTopology(ST_Transform(c.boundary, 3857),
                       (ST_XMax(env.box) - ST_XMin(env.box)) / 4096 / 2),
                   env.box, 4096, 64, true) AS geom,
               c.code, c.name, c.province_code
          FROM commune c, env
         WHERE c.boundary && env.box4326)
    SELECT ST_AsMVT(features, 'communes', 4096, 'geom') FROM features WHERE geom IS NOT NULL
$$;

COMMENT ON FUNCTION tile_communes(integer, integer, integer) IS
    'Tile z/x/y of the commune outlines: code, name, province_code.';

-- Coverage hexagons: the best operator''s class of each hexagon (operator and technology ''*''),
-- whether it was estimated, and its confidence; from zoom 10, where a 500 m hexagon is a few
-- pixels wide (an empty tile below).
CREATE OR REPLACE FUNCTION tile_coverage(p_z integer, p_x integer, p_y integer)
RETURNS bytea
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
    WITH env AS (
        SELECT ST_TileEnvelope(p_z, p_x, p_y) AS box, tile_envelope_4326(p_z, p_x, p_y) AS box4326),
    features AS (
        SELECT ST_AsMVTGeom(ST_Transform(h.geom, 3857), env.box, 4096, 64, true) AS geom,
               c.class, c.estimated, c.confidence, c.samples
          FROM coverage_hex h
          JOIN coverage_cell c ON c.cell_i = h.cell_i AND c.cell_j = h.cell_j
                              AND c.operator = '*' AND c.technology = '*', env
         WHERE p_z >= 10 AND h.geom && env.box4326)
    SELECT ST_AsMVT(features, 'coverage', 4096, 'geom') FROM features WHERE geom IS NOT NULL
$$;

COMMENT ON FUNCTION tile_coverage(integer, integer, integer) IS
    'Tile z/x/y of the coverage hexagons from zoom 10 (empty below): class, estimated, confidence, '
    'samples of the best operator.';

-- Dead zones: their outlines with the zone''s id and size only. Who lives there is in the dead-zone
-- report, which applies the partners'' privacy rules; a tile carries no figure of a village.
CREATE OR REPLACE FUNCTION tile_dead_zones(p_z integer, p_x integer, p_y integer)
RETURNS bytea
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
    WITH env AS (
        SELECT ST_TileEnvelope(p_z, p_x, p_y) AS box, tile_envelope_4326(p_z, p_x, p_y) AS box4326),
    features AS (
        SELECT ST_AsMVTGeom(
                   ST_SimplifyPreserveTopology(ST_Transform(d.geom, 3857),
                       (ST_XMax(env.box) - ST_XMin(env.box)) / 4096 / 2),
                   env.box, 4096, 64, true) AS geom,
               d.id, round(d.area_km2::numeric, 3)::double precision AS area_km2, d.cells,
               round(d.measured_share::numeric, 3)::double precision AS measured_share
          FROM dead_zone d, env
         WHERE d.geom && env.box4326)
    SELECT ST_AsMVT(features, 'dead_zones', 4096, 'geom') FROM features WHERE geom IS NOT NULL
$$;

COMMENT ON FUNCTION tile_dead_zones(integer, integer, integer) IS
    'Tile z/x/y of the dead zones: id, area_km2, cells, measured_share (no village figures).';

-- The village tiles worth writing ahead: every tile from zoom 0 to p_max_zoom that holds a village
-- (by the tile numbering of OpenStreetMap, as ST_TileEnvelope uses it), the lowest zooms first.
-- Those are the tiles that gather the most villages (the whole country in a few tiles below zoom 6)
-- and so the slowest to write; the map server writes them after each change of the villages
-- (tiles/TileWarmer) so that no map user waits for them. A village in a tile's buffer only does
-- not count: that tile is written when it is first asked for.
CREATE OR REPLACE FUNCTION tile_village_tiles(p_max_zoom integer)
RETURNS TABLE (z integer, x integer, y integer)
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
    WITH deepest AS (
        SELECT DISTINCT
               floor((ST_X(location) + 180) / 360 * 2 ^ p_max_zoom)::integer AS x,
               floor((1 - ln(tan(radians(ST_Y(location))) + 1 / cos(radians(ST_Y(location)))) / pi())
                     / 2 * 2 ^ p_max_zoom)::integer AS y
          FROM village)
    SELECT DISTINCT zoom, d.x >> (p_max_zoom - zoom), d.y >> (p_max_zoom - zoom)
      FROM deepest d, generate_series(0, p_max_zoom) AS zoom
     ORDER BY 1, 2, 3
$$;

COMMENT ON FUNCTION tile_village_tiles(integer) IS
    'Every tile z/x/y from zoom 0 to p_max_zoom that holds a village, lowest zoom first: the tiles '
    'the map server writes ahead after each change of the villages.';
