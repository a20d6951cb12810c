-- A small network whose travel times can be checked by hand (see TravelTimeServiceIT):
--
--   C1 ──e101 1000 m── 2 ──e102 2000 m── 3 ══e103 3000 m, one way 3→4══▶ 4
--   (commune centre)   │╲                 │                              │
--                      │ ╲e104 6000 m (south, back to 2) ──────────────────┘
--           e105 400 m │  TB1 (team base, 10 m off-road at 2)
--            footway   5 ── V3 (20 m off-road)        V1 (50 m off-road at 3)   V2 (100 m at 4)
--
--   6 ──e106 1000 m── 7 ── V5 (30 m off-road): another component.   V4: not attached.
INSERT INTO province (code, name) VALUES ('T1', 'Tỉnh Thử');
INSERT INTO commune (code, province_code, name, boundary, centre) VALUES
  ('C1', 'T1', 'Xã Thử',
   ST_Multi(ST_MakeEnvelope(103.99, 20.98, 104.25, 21.12, 4326)),
   ST_SetSRID(ST_MakePoint(104.00, 21.00), 4326));
INSERT INTO village (code, commune_code, name, location, households, residents, eligible, eid_done)
VALUES
  ('V1', 'C1', 'Bản Một', ST_SetSRID(ST_MakePoint(104.03, 21.0005), 4326), 20, 100, 60, 10),
  ('V2', 'C1', 'Bản Hai', ST_SetSRID(ST_MakePoint(104.06, 21.001), 4326), 30, 150, 90, 30),
  ('V3', 'C1', 'Bản Ba', ST_SetSRID(ST_MakePoint(104.01, 21.0042), 4326), 10, 50, 30, 0),
  ('V4', 'C1', 'Bản Bốn', ST_SetSRID(ST_MakePoint(104.09, 21.05), 4326), 5, 25, 15, 5),
  ('V5', 'C1', 'Bản Năm', ST_SetSRID(ST_MakePoint(104.21, 21.1002), 4326), 8, 40, 20, 2);
INSERT INTO team (code, commune_code, name, base, members)
VALUES ('TB1', 'C1', 'Tổ Một', ST_SetSRID(ST_MakePoint(104.01, 20.9999), 4326), 4);

INSERT INTO road_node (id, geom) VALUES
  (1, ST_SetSRID(ST_MakePoint(104.00, 21.00), 4326)),
  (2, ST_SetSRID(ST_MakePoint(104.01, 21.00), 4326)),
  (3, ST_SetSRID(ST_MakePoint(104.03, 21.00), 4326)),
  (4, ST_SetSRID(ST_MakePoint(104.06, 21.00), 4326)),
  (5, ST_SetSRID(ST_MakePoint(104.01, 21.004), 4326)),
  (6, ST_SetSRID(ST_MakePoint(104.20, 21.10), 4326)),
  (7, ST_SetSRID(ST_MakePoint(104.21, 21.10), 4326)),
  (10, ST_SetSRID(ST_MakePoint(104.03, 21.0005), 4326)),
  (11, ST_SetSRID(ST_MakePoint(104.06, 21.001), 4326)),
  (12, ST_SetSRID(ST_MakePoint(104.01, 21.0042), 4326)),
  (13, ST_SetSRID(ST_MakePoint(104.21, 21.1002), 4326)),
  (14, ST_SetSRID(ST_MakePoint(104.01, 20.9999), 4326));

INSERT INTO road_edge (id, source, target, road_class, surface, one_way, length_m, component, geom)
SELECT e.id, e.source, e.target, e.road_class, NULL, e.one_way, e.length_m, e.component,
       ST_MakeLine(ARRAY(SELECT n.geom FROM unnest(e.path) WITH ORDINALITY AS p(node, i)
                          JOIN road_node n ON n.id = p.node ORDER BY p.i))
  FROM (VALUES
    (101, 1, 2, 'tertiary', false, 1000.0, 1, ARRAY[1, 2]),
    (102, 2, 3, 'tertiary', false, 2000.0, 1, ARRAY[2, 3]),
    (103, 3, 4, 'track', true, 3000.0, 1, ARRAY[3, 4]),
    (105, 2, 5, 'footway', false, 400.0, 1, ARRAY[2, 5]),
    (106, 6, 7, 'track', false, 1000.0, 2, ARRAY[6, 7]),
    (110, 10, 3, 'offroad', false, 50.0, 1, ARRAY[10, 3]),
    (111, 11, 4, 'offroad', false, 100.0, 1, ARRAY[11, 4]),
    (112, 12, 5, 'offroad', false, 20.0, 1, ARRAY[12, 5]),
    (113, 13, 7, 'offroad', false, 30.0, 2, ARRAY[13, 7]),
    (114, 14, 2, 'offroad', false, 10.0, 1, ARRAY[14, 2])
  ) AS e (id, source, target, road_class, one_way, length_m, component, path);

-- e104 bends south, well clear of the closure test's box around e102
INSERT INTO road_edge (id, source, target, road_class, one_way, length_m, component, geom)
VALUES (104, 4, 2, 'track', false, 6000.0, 1,
        ST_SetSRID(ST_MakeLine(ARRAY[ST_MakePoint(104.06, 21.00), ST_MakePoint(104.035, 20.99),
                                     ST_MakePoint(104.01, 21.00)]), 4326));

INSERT INTO place_attachment (place_kind, place_code, node_id, offroad_m, problem) VALUES
  ('commune_centre', 'C1', 1, 0, NULL),
  ('village', 'V1', 10, 50, NULL),
  ('village', 'V2', 11, 100, NULL),
  ('village', 'V3', 12, 20, NULL),
  ('village', 'V4', NULL, NULL, 'no road within 3000 m'),
  ('village', 'V5', 13, 30, NULL),
  ('team_base', 'TB1', 14, 10, NULL);
