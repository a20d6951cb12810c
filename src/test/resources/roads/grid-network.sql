-- A random grid-like network for comparing travel times with pgRouting: :k × :k junctions about
-- 500 m apart (ids 1 …), roads to the right and down with random lengths, of which some are
-- missing (so some parts do not join), some one-way (either direction), some footways (closed to
-- motorbikes). :places villages of one commune sit at random junctions, joined by a short
-- off-road leg; the commune centre is the middle junction. Random but fixed by setseed.
SELECT setseed(:seed);

INSERT INTO province (code, name) VALUES ('G1', 'Tỉnh Lưới');
INSERT INTO commune (code, province_code, name, boundary, centre) VALUES
  ('G1C', 'G1', 'Xã Lưới', ST_Multi(ST_MakeEnvelope(104.0, 21.0, 105.0, 22.0, 4326)),
   ST_SetSRID(ST_MakePoint(104.0 + 0.005 * (:k / 2), 21.0 + 0.005 * (:k / 2)), 4326));

INSERT INTO road_node (id, geom)
SELECT i * :k + j + 1, ST_SetSRID(ST_MakePoint(104.0 + 0.005 * j, 21.0 + 0.005 * i), 4326)
  FROM generate_series(0, :k - 1) i, generate_series(0, :k - 1) j;

CREATE TEMP TABLE grid_edge AS
SELECT a, b, i, j, across, random() AS r_keep, random() AS r_kind, random() AS r_dir,
       300 + 700 * random() AS len
  FROM (SELECT i * :k + j + 1 AS a, i * :k + j + 2 AS b, i, j, true AS across
          FROM generate_series(0, :k - 1) i, generate_series(0, :k - 2) j
        UNION ALL
        SELECT i * :k + j + 1, (i + 1) * :k + j + 1, i, j, false
          FROM generate_series(0, :k - 2) i, generate_series(0, :k - 1) j) g;

-- the last four columns join the rest by one road only, one way into them: places there can be
-- reached but cannot get out
UPDATE grid_edge
   SET r_keep = CASE WHEN i = 0 THEN 1 ELSE 0 END, r_kind = 0.1, r_dir = 0
 WHERE across AND j = :k - 5;

INSERT INTO road_edge (id, source, target, road_class, one_way, length_m, geom)
SELECT row_number() OVER (ORDER BY a, b),
       CASE WHEN r_dir < 0.5 THEN a ELSE b END,
       CASE WHEN r_dir < 0.5 THEN b ELSE a END,
       CASE WHEN r_kind < 0.06 THEN 'footway' ELSE 'track' END,
       r_kind BETWEEN 0.06 AND 0.18,
       len,
       ST_MakeLine(CASE WHEN r_dir < 0.5 THEN na.geom ELSE nb.geom END,
                   CASE WHEN r_dir < 0.5 THEN nb.geom ELSE na.geom END)
  FROM grid_edge
  JOIN road_node na ON na.id = a
  JOIN road_node nb ON nb.id = b
 WHERE r_keep > 0.12;

-- villages at random distinct junctions, each with its own vertex about 20 m off the road
CREATE TEMP TABLE grid_place AS
SELECT n, id AS junction, ST_Translate(geom, 0, 0.0002) AS geom
  FROM (SELECT row_number() OVER (ORDER BY random()) AS n, id, geom FROM road_node) r
 WHERE n <= :places;

INSERT INTO village (code, commune_code, name, location, households, residents, eligible, eid_done)
SELECT 'G' || lpad(n::text, 4, '0'), 'G1C', 'Bản ' || n, geom, 10, 50, 30, 5 FROM grid_place;

INSERT INTO road_node (id, geom) SELECT 100000 + n, geom FROM grid_place;

INSERT INTO road_edge (id, source, target, road_class, one_way, length_m, geom)
SELECT 100000 + p.n, 100000 + p.n, p.junction, 'offroad', false, 20, ST_MakeLine(p.geom, j.geom)
  FROM grid_place p JOIN road_node j ON j.id = p.junction;

INSERT INTO place_attachment (place_kind, place_code, node_id, offroad_m)
SELECT 'village', 'G' || lpad(n::text, 4, '0'), 100000 + n, 20 FROM grid_place
UNION ALL
SELECT 'commune_centre', 'G1C', (:k / 2) * :k + (:k / 2) + 1, 0;

DROP TABLE grid_edge, grid_place;
