-- The network build (repeatable migration: the current definition of its functions, changed here
-- and not in a new versioned file; see docs/architecture.md). road_segment (and the places to
-- reach) → road_node, road_edge, place_attachment. Each step is a function working on temporary
-- tables of the caller's transaction; outreach_build_network runs them all and publishes the result
-- at once, so that readers see the old network until the new one is complete. Distances for
-- snapping are measured in the UTM zone of the centre of the roads' extent (utm_srid, kept in the
-- temporary table net_crs); the off-road reach, off-road legs and lengths on the spheroid
-- (geography), wherever the roads lie.

-- Drops the temporary tables of an earlier build step in this session, if there are any.
CREATE OR REPLACE FUNCTION outreach_drop_temp_tables(p_names text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_name text;
BEGIN
    FOREACH v_name IN ARRAY p_names LOOP
        IF to_regclass('pg_temp.' || quote_ident(v_name)) IS NOT NULL THEN
            EXECUTE format('DROP TABLE pg_temp.%I', v_name);
        END IF;
    END LOOP;
END
$$;

COMMENT ON FUNCTION outreach_drop_temp_tables(text[]) IS
    'Drops the named temporary tables of this session that exist (network build scratch tables).';

-- A distance for a message: whole metres without a fraction, else to the centimetre.
CREATE OR REPLACE FUNCTION outreach_format_metres(p_m double precision) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_m = trunc(p_m) THEN trunc(p_m)::bigint::text
                ELSE round(p_m::numeric, 2)::text END || ' m'
$$;

COMMENT ON FUNCTION outreach_format_metres(double precision) IS
    'A distance in metres for a message: 3000 m, 12.5 m.';

-- Step 1: the vertices. Candidate points on each segment are its ends, the points where it meets
-- another segment, and the closest point to any segment end within the snapping tolerance. The
-- candidates within the tolerance of one another (chained) are one vertex. It is placed where
-- segments meet if they do, else on the segment an end was snapped to, else at the end: at the
-- one such point, or the centroid of several. So a road end snapped onto another road moves onto
-- it, and the other road keeps its shape.
CREATE OR REPLACE FUNCTION outreach_network_vertices(p_snap_m double precision) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM outreach_drop_temp_tables(
        ARRAY['net_crs', 'net_seg', 'net_cut', 'net_point', 'net_vertex']);

    -- the metric CRS of this build: the UTM zone of the centre of the roads (of the places when
    -- there are no roads)
    CREATE TEMP TABLE net_crs ON COMMIT DROP AS
    SELECT coalesce(
               (SELECT utm_srid(ST_SetSRID(ST_Extent(geom)::geometry, 4326)) FROM road_segment),
               (SELECT utm_srid(ST_SetSRID(ST_Extent(geom)::geometry, 4326))
                  FROM (SELECT location AS geom FROM village
                        UNION ALL SELECT centre FROM commune
                        UNION ALL SELECT base FROM team) g),
               utm_srid(0, 0)) AS srid;

    CREATE TEMP TABLE net_seg ON COMMIT DROP AS
    SELECT id, geom, ST_Transform(geom, (SELECT srid FROM net_crs)) AS geom_m, road_class,
           surface, one_way
      FROM road_segment;
    ALTER TABLE net_seg ADD PRIMARY KEY (id);
    CREATE INDEX ON net_seg USING gist (geom);
    CREATE INDEX ON net_seg USING gist (geom_m);
    ANALYZE net_seg;

    -- seg_id, its fraction along the segment (0 and 1 at the ends), the point in EPSG:4326, and
    -- what it is: 0 a segment end, 1 the closest point to another segment's end, 2 a meeting point
    CREATE TEMP TABLE net_cut (seg_id bigint, frac double precision, pt geometry, kind smallint)
        ON COMMIT DROP;

    -- the ends (an end shared by several segments is a meeting point)
    INSERT INTO net_cut
    SELECT id, frac, pt,
           CASE WHEN count(*) OVER (PARTITION BY ST_X(pt), ST_Y(pt)) > 1 THEN 2 ELSE 0 END
      FROM (SELECT id, 0 AS frac, ST_StartPoint(geom) AS pt FROM net_seg
            UNION ALL
            SELECT id, 1, ST_EndPoint(geom) FROM net_seg) e;

    -- where two segments meet: crossing points, and both ends of a shared stretch
    INSERT INTO net_cut
    SELECT s.id, ST_LineLocatePoint(s.geom, p.pt), p.pt, 2
      FROM (SELECT a.id AS a_id, a.geom AS a_geom, b.id AS b_id, b.geom AS b_geom,
                   (ST_Dump(ST_Intersection(a.geom, b.geom))).geom AS g
              FROM net_seg a
              JOIN net_seg b ON a.id < b.id AND ST_Intersects(a.geom, b.geom)) x
     CROSS JOIN LATERAL (
            SELECT x.g AS pt WHERE GeometryType(x.g) = 'POINT'
            UNION ALL SELECT ST_StartPoint(x.g) WHERE GeometryType(x.g) = 'LINESTRING'
            UNION ALL SELECT ST_EndPoint(x.g) WHERE GeometryType(x.g) = 'LINESTRING') p
     CROSS JOIN LATERAL (VALUES (x.a_id, x.a_geom), (x.b_id, x.b_geom)) AS s (id, geom);

    -- a segment end near another segment: the closest point of that segment (found in metres,
    -- then placed on the segment's own EPSG:4326 line); each place where ends lie once
    INSERT INTO net_cut
    SELECT b.id, q.frac, ST_LineInterpolatePoint(b.geom, q.frac), 1
      FROM (SELECT DISTINCT ON (ST_X(pt), ST_Y(pt)) pt AS end_pt,
                   ST_Transform(pt, (SELECT srid FROM net_crs)) AS end_m
              FROM (SELECT ST_StartPoint(geom) AS pt FROM net_seg
                    UNION ALL
                    SELECT ST_EndPoint(geom) FROM net_seg) ends) e
      JOIN net_seg b
        ON NOT (e.end_pt = ST_StartPoint(b.geom) OR e.end_pt = ST_EndPoint(b.geom))
           AND ST_DWithin(b.geom_m, e.end_m, p_snap_m)
     CROSS JOIN LATERAL (
            SELECT ST_LineLocatePoint(
                       b.geom, ST_Transform(ST_ClosestPoint(b.geom_m, e.end_m), 4326)) AS frac) q;

    -- the distinct points, clustered: a cluster is a vertex
    CREATE TEMP TABLE net_point ON COMMIT DROP AS
    SELECT x, y, kind, ST_SetSRID(ST_MakePoint(x, y), 4326) AS pt,
           ST_ClusterDBSCAN(ST_Transform(ST_SetSRID(ST_MakePoint(x, y), 4326),
                                         (SELECT srid FROM net_crs)),
                            eps := p_snap_m + 0.001, minpoints := 1)
               OVER (ORDER BY x, y)::bigint AS vertex
      FROM (SELECT ST_X(pt) AS x, ST_Y(pt) AS y, max(kind) AS kind
              FROM net_cut
             GROUP BY 1, 2) d;
    CREATE INDEX ON net_point (x, y);

    CREATE TEMP TABLE net_vertex ON COMMIT DROP AS
    SELECT vertex,
           CASE WHEN count(*) = 1 THEN (array_agg(pt))[1]
                ELSE ST_Centroid(ST_Collect(pt ORDER BY x, y)) END AS geom
      FROM (SELECT vertex, x, y, pt, kind, max(kind) OVER (PARTITION BY vertex) AS best
              FROM net_point) p
     WHERE kind = best
     GROUP BY vertex;
    CREATE UNIQUE INDEX ON net_vertex (vertex);
    ANALYZE net_point;
    ANALYZE net_vertex;
END
$$;

COMMENT ON FUNCTION outreach_network_vertices(double precision) IS
    'Network build step 1: finds the vertices of road_segment (ends, crossings, ends within '
    'p_snap_m metres of another segment, all within p_snap_m of one another merged) into the '
    'temporary tables net_seg, net_cut (points on segments), net_point and net_vertex.';

-- Step 2: the road edges. Each segment is cut at its vertices in order along it; the pieces
-- between two vertices are edges, whose end points are moved onto the vertices. Consecutive cuts
-- at the same vertex are one (the stretch between them lies inside the junction), unless the
-- stretch is longer than twice the tolerance (a loop back to the same vertex). A segment left
-- with no piece lies wholly within one vertex: it is dropped as zero-length and reported.
CREATE OR REPLACE FUNCTION outreach_network_road_edges(p_snap_m double precision) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM outreach_drop_temp_tables(ARRAY['net_edge', 'net_dropped']);

    CREATE TEMP TABLE net_edge ON COMMIT DROP AS
    WITH cuts AS (
        SELECT c.seg_id, c.frac, p.vertex,
               lag(p.vertex) OVER w AS prev_vertex, lag(c.frac) OVER w AS prev_frac
          FROM net_cut c
          JOIN net_point p ON p.x = ST_X(c.pt) AND p.y = ST_Y(c.pt)
        WINDOW w AS (PARTITION BY c.seg_id ORDER BY c.frac, p.vertex)
    ), marked AS (
        SELECT c.seg_id, c.frac, c.vertex,
               CASE WHEN c.prev_vertex IS NULL OR c.prev_vertex <> c.vertex THEN 1
                    WHEN c.frac > c.prev_frac
                         AND ST_Length(ST_LineSubstring(s.geom, c.prev_frac, c.frac)::geography)
                             > 2 * p_snap_m THEN 1
                    ELSE 0 END AS starts
          FROM cuts c
          JOIN net_seg s ON s.id = c.seg_id
    ), stops AS (
        SELECT seg_id, island, min(vertex) AS vertex, min(frac) AS f_in, max(frac) AS f_out
          FROM (SELECT seg_id, frac, vertex,
                       sum(starts) OVER (PARTITION BY seg_id ORDER BY frac, vertex) AS island
                  FROM marked) i
         GROUP BY seg_id, island
    ), pieces AS (
        SELECT a.seg_id, a.island AS piece_no, a.vertex AS source, b.vertex AS target,
               a.f_out AS f1, b.f_in AS f2
          FROM stops a
          JOIN stops b ON b.seg_id = a.seg_id AND b.island = a.island + 1
    )
    SELECT row_number() OVER (ORDER BY p.seg_id, p.piece_no) AS tmp_id,
           p.seg_id, p.piece_no, 0::bigint AS sub_no, p.source, p.target,
           s.road_class, s.surface, s.one_way, g.geom,
           ST_Transform(g.geom, (SELECT srid FROM net_crs)) AS geom_m
      FROM pieces p
      JOIN net_seg s ON s.id = p.seg_id
      JOIN net_vertex vs ON vs.vertex = p.source
      JOIN net_vertex vt ON vt.vertex = p.target
     CROSS JOIN LATERAL (
            SELECT ST_RemoveRepeatedPoints(
                       ST_SetPoint(
                           ST_SetPoint(
                               CASE WHEN p.f2 > p.f1 THEN ST_LineSubstring(s.geom, p.f1, p.f2)
                                    ELSE ST_MakeLine(vs.geom, vt.geom) END,
                               0, vs.geom),
                           -1, vt.geom)) AS geom) g;

    CREATE TEMP TABLE net_dropped ON COMMIT DROP AS
    SELECT s.id AS segment_id, r.source_id, ST_Length(s.geom::geography) AS length_m
      FROM net_seg s
      JOIN road_segment r ON r.id = s.id
     WHERE NOT EXISTS (SELECT 1 FROM net_edge e WHERE e.seg_id = s.id);

    -- (an index made after an update in the same transaction could not be used by it)
    CREATE INDEX ON net_edge USING gist (geom_m);
    CREATE UNIQUE INDEX ON net_edge (tmp_id);
    ANALYZE net_edge;
END
$$;

COMMENT ON FUNCTION outreach_network_road_edges(double precision) IS
    'Network build step 2: cuts every segment at its vertices into the temporary table net_edge '
    '(end points moved onto the vertices) and lists the segments left with no piece '
    '(zero-length after snapping) in net_dropped.';

-- Step 2b: degenerate pieces. A stretch of a segment between two cuts at the same vertex is kept
-- as a loop when it is longer than twice the snapping tolerance; but when the vertex is a chain of
-- points spread along the segment (cuts within the tolerance of one another, chained), the stretch
-- may have no coordinate of its own, and moving both its ends onto the vertex leaves a line of
-- zero length, which road_edge refuses (length_m > 0). Such pieces are dropped right after the
-- edges are cut, before places are attached, and reported; a segment left with no piece at all is
-- reported as a zero-length segment.
CREATE OR REPLACE FUNCTION outreach_network_drop_collapsed() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM outreach_drop_temp_tables(ARRAY['net_collapsed']);

    CREATE TEMP TABLE net_collapsed ON COMMIT DROP AS
    SELECT e.seg_id AS segment_id, r.source_id, count(*) AS pieces,
           (array_agg(v.geom ORDER BY e.piece_no))[1] AS at
      FROM net_edge e
      JOIN road_segment r ON r.id = e.seg_id
      JOIN net_vertex v ON v.vertex = e.source
     WHERE e.geom IS NULL OR ST_IsEmpty(e.geom) OR ST_NPoints(e.geom) < 2
        OR NOT coalesce(ST_Length(e.geom::geography) > 0, false)
     GROUP BY e.seg_id, r.source_id;

    DELETE FROM net_edge e
     WHERE e.geom IS NULL OR ST_IsEmpty(e.geom) OR ST_NPoints(e.geom) < 2
        OR NOT coalesce(ST_Length(e.geom::geography) > 0, false);

    -- a segment with nothing left is a zero-length segment
    INSERT INTO net_dropped (segment_id, source_id, length_m)
    SELECT c.segment_id, c.source_id, ST_Length(s.geom::geography)
      FROM net_collapsed c
      JOIN net_seg s ON s.id = c.segment_id
     WHERE NOT EXISTS (SELECT 1 FROM net_edge e WHERE e.seg_id = c.segment_id)
       AND NOT EXISTS (SELECT 1 FROM net_dropped d WHERE d.segment_id = c.segment_id);
    DELETE FROM net_collapsed c
     WHERE EXISTS (SELECT 1 FROM net_dropped d WHERE d.segment_id = c.segment_id);
END
$$;

COMMENT ON FUNCTION outreach_network_drop_collapsed() IS
    'Network build step 2b: removes from net_edge the pieces whose line has no length once its '
    'ends are on their vertices (a stretch that collapsed into one vertex), listing them per '
    'segment in net_collapsed (how many, and where); a segment left with no piece is added to '
    'net_dropped instead.';

-- Step 3: the places. Every village, commune centre and team base joins the nearest road edge
-- within p_max_offroad_m at the closest point of it: that edge's end vertex when the point is
-- within 1 m of it, else a new vertex splitting the edge (places within 1 m of one another on
-- one edge share it). A place more than 1 m from that road vertex gets a vertex of its own and
-- an off-road edge (road_class 'offroad') to it. A place with no edge within reach is not
-- attached and says why.
CREATE OR REPLACE FUNCTION outreach_network_attach_places(p_max_offroad_m double precision)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM outreach_drop_temp_tables(ARRAY['net_place', 'net_split', 'net_offroad']);

    CREATE TEMP TABLE net_place ON COMMIT DROP AS
    SELECT p.kind, p.code, p.geom,
           CASE WHEN n.reach_m <= p_max_offroad_m THEN n.edge END AS edge,
           CASE WHEN n.reach_m <= p_max_offroad_m THEN n.on_road_m END AS on_road_m,
           NULL::bigint AS road_vertex, NULL::bigint AS own_vertex,
           NULL::double precision AS offroad_m, NULL::integer AS k
      FROM (SELECT kind, code, geom, ST_Transform(geom, (SELECT srid FROM net_crs)) AS geom_m
              FROM (SELECT 'village'::text AS kind, code, location AS geom FROM village
                    UNION ALL
                    SELECT 'commune_centre', code, centre FROM commune
                    UNION ALL
                    SELECT 'team_base', code, base FROM team) u) p
      -- the distance to the nearest edge in the build's CRS (an index scan), then among the edges
      -- that near the one with the lowest id; whether it is within reach is measured on the
      -- spheroid (the margin only spares the search of places far beyond reach)
      LEFT JOIN LATERAL (
            SELECT e.geom_m <-> p.geom_m AS d
              FROM net_edge e
             ORDER BY e.geom_m <-> p.geom_m
             LIMIT 1) k ON true
      LEFT JOIN LATERAL (
            SELECT e.tmp_id AS edge, c.pt AS on_road_m,
                   ST_Distance(p.geom::geography, ST_Transform(c.pt, 4326)::geography) AS reach_m
              FROM net_edge e
             CROSS JOIN LATERAL (SELECT ST_ClosestPoint(e.geom_m, p.geom_m) AS pt) c
             WHERE k.d <= 1.1 * p_max_offroad_m + 1 AND ST_DWithin(e.geom_m, p.geom_m, k.d + 1e-6)
             ORDER BY ST_Distance(e.geom_m, p.geom_m), e.tmp_id
             LIMIT 1) n ON true;

    -- within 1 m of an edge's end: that end's vertex
    UPDATE net_place p
       SET road_vertex = d.vertex
      FROM (SELECT q.kind, q.code,
                   CASE WHEN ST_Distance(q.on_road_m, ST_StartPoint(e.geom_m))
                             <= ST_Distance(q.on_road_m, ST_EndPoint(e.geom_m))
                        THEN e.source ELSE e.target END AS vertex
              FROM net_place q
              JOIN net_edge e ON e.tmp_id = q.edge
             WHERE ST_DWithin(q.on_road_m, ST_StartPoint(e.geom_m), 1)
                OR ST_DWithin(q.on_road_m, ST_EndPoint(e.geom_m), 1)) d
     WHERE d.kind = p.kind AND d.code = p.code;

    -- else a new vertex on the edge, shared by the places within 1 m of one another
    UPDATE net_place p SET k = c.k
      FROM (SELECT kind, code,
                   ST_ClusterDBSCAN(on_road_m, eps := 1, minpoints := 1)
                       OVER (PARTITION BY edge ORDER BY kind, code) AS k
              FROM net_place
             WHERE edge IS NOT NULL AND road_vertex IS NULL) c
     WHERE c.kind = p.kind AND c.code = p.code;

    CREATE TEMP TABLE net_split ON COMMIT DROP AS
    SELECT (SELECT max(vertex) FROM net_vertex) + row_number() OVER (ORDER BY f.edge, f.frac, f.k)
               AS vertex,
           f.edge, f.k, f.frac, f.geom
      FROM (SELECT DISTINCT ON (p.edge, p.k) p.edge, p.k, q.frac,
                   ST_LineInterpolatePoint(e.geom, q.frac) AS geom
              FROM net_place p
              JOIN net_edge e ON e.tmp_id = p.edge
             CROSS JOIN LATERAL (
                    SELECT ST_LineLocatePoint(e.geom, ST_Transform(p.on_road_m, 4326)) AS frac) q
             WHERE p.k IS NOT NULL
             ORDER BY p.edge, p.k, p.kind, p.code) f;

    UPDATE net_place p SET road_vertex = s.vertex
      FROM net_split s
     WHERE s.edge = p.edge AND s.k = p.k;

    INSERT INTO net_vertex (vertex, geom) SELECT vertex, geom FROM net_split;

    -- the split edges are replaced by their pieces
    INSERT INTO net_edge (tmp_id, seg_id, piece_no, sub_no, source, target, road_class, surface,
                          one_way, geom, geom_m)
    SELECT (SELECT max(tmp_id) FROM net_edge) + row_number() OVER (ORDER BY p.tmp_id, p.sub_no),
           e.seg_id, e.piece_no, p.sub_no, p.vertex, p.next_vertex, e.road_class, e.surface,
           e.one_way, g.geom, ST_Transform(g.geom, (SELECT srid FROM net_crs))
      FROM (SELECT tmp_id, frac, vertex,
                   lead(frac) OVER w AS next_frac, lead(vertex) OVER w AS next_vertex,
                   row_number() OVER w AS sub_no
              FROM (SELECT e.tmp_id, 0::double precision AS frac, e.source AS vertex
                      FROM net_edge e WHERE e.tmp_id IN (SELECT edge FROM net_split)
                    UNION ALL
                    SELECT e.tmp_id, 1, e.target
                      FROM net_edge e WHERE e.tmp_id IN (SELECT edge FROM net_split)
                    UNION ALL
                    SELECT edge, frac, vertex FROM net_split) c
            WINDOW w AS (PARTITION BY tmp_id ORDER BY frac, vertex)) p
      JOIN net_edge e ON e.tmp_id = p.tmp_id
      JOIN net_vertex vs ON vs.vertex = p.vertex
      JOIN net_vertex vt ON vt.vertex = p.next_vertex
     CROSS JOIN LATERAL (
            SELECT ST_RemoveRepeatedPoints(
                       ST_SetPoint(
                           ST_SetPoint(
                               CASE WHEN p.next_frac > p.frac
                                    THEN ST_LineSubstring(e.geom, p.frac, p.next_frac)
                                    ELSE ST_MakeLine(vs.geom, vt.geom) END,
                               0, vs.geom),
                           -1, vt.geom)) AS geom) g
     WHERE p.next_vertex IS NOT NULL;

    DELETE FROM net_edge WHERE tmp_id IN (SELECT edge FROM net_split);

    -- off-road legs
    UPDATE net_place p SET offroad_m = ST_Distance(p.geom::geography, v.geom::geography)
      FROM net_vertex v
     WHERE v.vertex = p.road_vertex;
    UPDATE net_place SET own_vertex = road_vertex, offroad_m = 0 WHERE offroad_m <= 1;

    INSERT INTO net_vertex (vertex, geom)
    SELECT (SELECT max(vertex) FROM net_vertex) + row_number() OVER (ORDER BY x, y),
           ST_SetSRID(ST_MakePoint(x, y), 4326)
      FROM (SELECT DISTINCT ST_X(geom) AS x, ST_Y(geom) AS y
              FROM net_place
             WHERE road_vertex IS NOT NULL AND own_vertex IS NULL) d;

    UPDATE net_place p SET own_vertex = v.vertex
      FROM net_vertex v
     WHERE p.road_vertex IS NOT NULL AND p.own_vertex IS NULL
       AND ST_X(v.geom) = ST_X(p.geom) AND ST_Y(v.geom) = ST_Y(p.geom);

    CREATE TEMP TABLE net_offroad ON COMMIT DROP AS
    SELECT DISTINCT ON (p.own_vertex) p.own_vertex AS source, p.road_vertex AS target,
           ST_MakeLine(vo.geom, vr.geom) AS geom
      FROM net_place p
      JOIN net_vertex vo ON vo.vertex = p.own_vertex
      JOIN net_vertex vr ON vr.vertex = p.road_vertex
     WHERE p.own_vertex <> p.road_vertex
     ORDER BY p.own_vertex, p.road_vertex;
END
$$;

COMMENT ON FUNCTION outreach_network_attach_places(double precision) IS
    'Network build step 3: joins every village, commune centre and team base to the nearest road '
    'edge within p_max_offroad_m metres (splitting it at the closest point) into net_place, adds '
    'the split pieces to net_edge and the off-road legs of places more than 1 m from the road to '
    'net_offroad.';

-- Step 4: publishes the network: final ids (vertices by longitude then latitude; road edges by
-- segment and position along it, then off-road legs by their place's vertex), connected
-- components (numbered from 1 by total length, longest first), and the tables replaced.
CREATE OR REPLACE FUNCTION outreach_network_publish(p_max_offroad_m double precision) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM outreach_drop_temp_tables(ARRAY['net_final_node', 'net_final_edge', 'net_component']);

    CREATE TEMP TABLE net_final_node ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY ST_X(v.geom), ST_Y(v.geom), v.vertex) AS id, v.vertex, v.geom
      FROM net_vertex v
     WHERE v.vertex IN (SELECT source FROM net_edge UNION SELECT target FROM net_edge
                        UNION SELECT source FROM net_offroad);
    CREATE UNIQUE INDEX ON net_final_node (vertex);
    ANALYZE net_final_node;

    CREATE TEMP TABLE net_final_edge ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY e.seg_id NULLS LAST, e.piece_no, e.sub_no, ns.id) AS id,
           ns.id AS source, nt.id AS target, e.seg_id AS segment_id, e.road_class, e.surface,
           e.one_way, ST_Length(e.geom::geography) AS length_m, e.geom
      FROM (SELECT seg_id, piece_no, sub_no, source, target, road_class, surface, one_way, geom
              FROM net_edge
            UNION ALL
            SELECT NULL, 0, 0, source, target, 'offroad', NULL, false, geom
              FROM net_offroad) e
      JOIN net_final_node ns ON ns.vertex = e.source
      JOIN net_final_node nt ON nt.vertex = e.target;

    CREATE TEMP TABLE net_component ON COMMIT DROP AS
    WITH cc AS (
        SELECT node, component
          FROM pgr_connectedComponents(
                   'SELECT id, source, target, 1::float8 AS cost, 1::float8 AS reverse_cost'
                   ' FROM net_final_edge')
    ), sized AS (
        SELECT cc.component, sum(e.length_m) AS length_m
          FROM cc
          JOIN net_final_edge e ON e.source = cc.node
         GROUP BY cc.component
    )
    SELECT cc.node, s.number AS component
      FROM cc
      JOIN (SELECT component,
                   row_number() OVER (ORDER BY length_m DESC, component) AS number
              FROM (SELECT c.component, coalesce(z.length_m, 0) AS length_m
                      FROM (SELECT DISTINCT component FROM cc) c
                      LEFT JOIN sized z ON z.component = c.component) t) s
        ON s.component = cc.component;
    CREATE UNIQUE INDEX ON net_component (node);

    DELETE FROM place_attachment;
    DELETE FROM road_edge;
    DELETE FROM road_node;

    INSERT INTO road_node (id, geom) SELECT id, geom FROM net_final_node ORDER BY id;

    INSERT INTO road_edge (id, source, target, segment_id, road_class, surface, one_way,
                           length_m, component, geom)
    SELECT e.id, e.source, e.target, e.segment_id, e.road_class, e.surface, e.one_way,
           e.length_m, c.component, e.geom
      FROM net_final_edge e
      JOIN net_component c ON c.node = e.source
     ORDER BY e.id;

    INSERT INTO place_attachment (place_kind, place_code, node_id, road_node_id, offroad_m, problem)
    SELECT p.kind, p.code, own.id, road.id,
           CASE WHEN p.road_vertex IS NULL THEN NULL ELSE p.offroad_m END,
           CASE WHEN p.road_vertex IS NULL
                THEN 'no road within ' || outreach_format_metres(p_max_offroad_m) END
      FROM net_place p
      LEFT JOIN net_final_node own ON own.vertex = p.own_vertex
      LEFT JOIN net_final_node road ON road.vertex = p.road_vertex;
END
$$;

COMMENT ON FUNCTION outreach_network_publish(double precision) IS
    'Network build step 4: numbers the vertices and edges of the temporary build tables, finds '
    'the connected components and replaces road_node, road_edge and place_attachment.';

-- What the elevation model does to the network: edges steeper than 30 %, edges impassable for a
-- mode (steeper than its outreach_grade_limit), and edges whose implied walking speed (length over
-- the dry-season time on foot, either way) falls outside 0.5–6 km/h: slower than the floor of
-- outreach_travel_seconds, or faster than Tobler's function allows at its best (6 km/h). Such an
-- edge points at a speed set by hand or a height model gone wrong; the first 20 are listed.
CREATE OR REPLACE FUNCTION outreach_network_terrain() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    WITH graded AS (
        SELECT e.id, e.road_class, e.length_m, e.max_grade,
               ST_LineInterpolatePoint(e.geom, 0.5) AS at
          FROM road_edge e
         WHERE e.max_grade IS NOT NULL
    ), walked AS (
        SELECT c.id, c.length_m,
               least(CASE WHEN c.cost > 0 THEN c.length_m / c.cost * 3.6 END,
                     CASE WHEN c.reverse_cost > 0 THEN c.length_m / c.reverse_cost * 3.6 END)
                   AS slowest,
               greatest(CASE WHEN c.cost > 0 THEN c.length_m / c.cost * 3.6 END,
                        CASE WHEN c.reverse_cost > 0 THEN c.length_m / c.reverse_cost * 3.6 END)
                   AS fastest
          FROM outreach_edge_costs('on_foot', 'dry') c
    ), implausible AS (
        SELECT g.id, g.road_class, g.length_m, g.max_grade, g.at,
               CASE WHEN w.slowest < 0.999 * outreach_walk_floor_kmh() THEN w.slowest
                    ELSE w.fastest END AS kmh
          FROM walked w
          JOIN graded g ON g.id = w.id
         -- (a thousandth of slack for the rounding of times walked at the floor)
         WHERE w.slowest < 0.999 * outreach_walk_floor_kmh() OR w.fastest > 6
    ), impassable AS (
        SELECT g.*
          FROM graded g
         WHERE g.max_grade > outreach_grade_limit('on_foot')
    )
    SELECT CASE WHEN EXISTS (SELECT 1 FROM graded) THEN jsonb_build_object(
        'steeperThan30Pct', (SELECT count(*) FROM graded WHERE max_grade > 0.3),
        'impassableOnFoot', (SELECT count(*) FROM impassable),
        'impassableByMotorbike',
            (SELECT count(*) FROM graded
              WHERE max_grade > outreach_grade_limit(
                        CASE WHEN road_class = 'offroad' THEN 'on_foot' ELSE 'motorbike' END)),
        'impassableEdges', coalesce(
            (SELECT jsonb_agg(x.j ORDER BY x.id) FROM (
                SELECT id, jsonb_build_object(
                           'edgeId', id, 'roadClass', road_class,
                           'lengthM', round(length_m::numeric, 2),
                           'maxGrade', round(max_grade::numeric, 3),
                           'lon', round(ST_X(at)::numeric, 6), 'lat', round(ST_Y(at)::numeric, 6))
                           AS j
                  FROM impassable ORDER BY id LIMIT 20) x), '[]'::jsonb),
        'floorKmh', outreach_walk_floor_kmh(),
        'plausibleMaxKmh', 6,
        'implausibleOnFoot', (SELECT count(*) FROM implausible),
        'implausibleEdges', coalesce(
            (SELECT jsonb_agg(x.j ORDER BY x.id) FROM (
                SELECT id, jsonb_build_object(
                           'edgeId', id, 'roadClass', road_class,
                           'lengthM', round(length_m::numeric, 2),
                           'maxGrade', round(max_grade::numeric, 3),
                           'kmh', round(kmh::numeric, 3),
                           'lon', round(ST_X(at)::numeric, 6), 'lat', round(ST_Y(at)::numeric, 6))
                           AS j
                  FROM implausible ORDER BY id LIMIT 20) x), '[]'::jsonb)) END
$$;

COMMENT ON FUNCTION outreach_network_terrain() IS
    'What the elevation model does to the network, as JSON (null when no edge has a grade): edges '
    'steeper than 30 %, edges impassable on foot and by motorbike (outreach_grade_limit) with the '
    'first 20 impassable on foot, and the edges whose implied walking speed in the dry season '
    '(either way) is below outreach_walk_floor_kmh() or above 6 km/h, with the first 20.';

-- Step 5: what the build found, as JSON.
CREATE OR REPLACE FUNCTION outreach_network_report(p_snap_m double precision,
                                                   p_max_offroad_m double precision) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
BEGIN
    -- plpgsql rather than sql: net_dropped and net_collapsed are temporary tables of the build
    RETURN (
    WITH placed_components AS (
        SELECT DISTINCT e.component
          FROM place_attachment a
          JOIN road_edge e ON e.source = a.node_id OR e.target = a.node_id
    ), isolated AS (
        SELECT e.component, count(*) AS edges, sum(e.length_m) AS length_m,
               (array_agg(ST_LineInterpolatePoint(e.geom, 0.5)
                          ORDER BY e.length_m DESC, e.id))[1] AS at
          FROM road_edge e
         WHERE e.component NOT IN (SELECT component FROM placed_components)
         GROUP BY e.component
    ), classes AS (
        SELECT lower(road_class) AS road_class, count(*) AS segments
          FROM road_segment
         WHERE lower(road_class) NOT IN (SELECT lower(road_class) FROM speed_profile)
         GROUP BY lower(road_class)
    )
    SELECT jsonb_build_object(
        'snapToleranceM', p_snap_m,
        'maxOffroadM', p_max_offroad_m,
        'segments', (SELECT count(*) FROM road_segment),
        'edges', (SELECT count(*) FROM road_edge),
        'offroadEdges', (SELECT count(*) FROM road_edge WHERE road_class = 'offroad'),
        'vertices', (SELECT count(*) FROM road_node),
        'components', (SELECT count(DISTINCT component) FROM road_edge),
        'roadLengthKm', (SELECT coalesce(round((sum(length_m) / 1000)::numeric, 3), 0)
                           FROM road_edge WHERE road_class <> 'offroad'),
        'edgesWithElevation', (SELECT count(*) FROM road_edge WHERE climb_m IS NOT NULL),
        'terrain', outreach_network_terrain(),
        'isolatedPieces', coalesce(
            (SELECT jsonb_agg(jsonb_build_object(
                        'component', component, 'edges', edges,
                        'lengthM', round(length_m::numeric, 2),
                        'lon', round(ST_X(at)::numeric, 6), 'lat', round(ST_Y(at)::numeric, 6))
                    ORDER BY length_m DESC, component)
               FROM isolated), '[]'::jsonb),
        'zeroLengthSegments', coalesce(
            (SELECT jsonb_agg(jsonb_build_object(
                        'segmentId', segment_id, 'sourceId', source_id,
                        'lengthM', round(length_m::numeric, 2))
                    ORDER BY segment_id)
               FROM net_dropped), '[]'::jsonb),
        'collapsedPieces', coalesce(
            (SELECT jsonb_agg(jsonb_build_object(
                        'segmentId', segment_id, 'sourceId', source_id, 'pieces', pieces,
                        'lon', round(ST_X(at)::numeric, 6), 'lat', round(ST_Y(at)::numeric, 6))
                    ORDER BY segment_id)
               FROM net_collapsed), '[]'::jsonb),
        'unknownRoadClasses', coalesce(
            (SELECT jsonb_agg(jsonb_build_object('roadClass', road_class, 'segments', segments)
                    ORDER BY road_class)
               FROM classes), '[]'::jsonb),
        'placesAttached', (SELECT count(*) FROM place_attachment WHERE node_id IS NOT NULL),
        'placesOffroad', (SELECT count(*) FROM place_attachment WHERE offroad_m > 0),
        'placesUnattached', coalesce(
            (SELECT jsonb_agg(jsonb_build_object(
                        'kind', place_kind, 'code', place_code, 'problem', problem)
                    ORDER BY place_kind, place_code)
               FROM place_attachment WHERE node_id IS NULL), '[]'::jsonb)));
END
$$;

COMMENT ON FUNCTION outreach_network_report(double precision, double precision) IS
    'What the network build found: counts of edges, vertices and components; isolated pieces '
    '(components no place is attached to, with their length and the middle of their longest '
    'edge); segments dropped as zero-length; pieces of segments dropped because they collapsed '
    'into one vertex (per segment: how many, and where); road classes with no speed_profile row '
    '(they use the ''*'' fallback); places attached and those that could not be; what the '
    'elevation model does (outreach_network_terrain).';

-- The whole build, in the caller's transaction.
CREATE OR REPLACE FUNCTION outreach_build_network(p_snap_m double precision DEFAULT 5,
                                                   p_max_offroad_m double precision DEFAULT 3000)
RETURNS jsonb
LANGUAGE plpgsql
-- JIT compiling only slows the many short spatial function calls of the build down
SET jit = off
AS $$
DECLARE
    v_report jsonb;
BEGIN
    IF p_snap_m IS NULL OR p_snap_m < 0 OR p_snap_m > 100 THEN
        RAISE EXCEPTION 'snap tolerance must be between 0 and 100 m, got %', p_snap_m
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_max_offroad_m IS NULL OR p_max_offroad_m < 0 OR p_max_offroad_m > 100000 THEN
        RAISE EXCEPTION 'maximum off-road distance must be between 0 and 100000 m, got %',
            p_max_offroad_m USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- one build at a time
    PERFORM pg_advisory_xact_lock(hashtext('outreach_build_network'));

    PERFORM outreach_network_vertices(p_snap_m);
    PERFORM outreach_network_road_edges(p_snap_m);
    PERFORM outreach_network_drop_collapsed();
    PERFORM outreach_network_attach_places(p_max_offroad_m);
    PERFORM outreach_network_publish(p_max_offroad_m);
    PERFORM outreach_fill_climb();

    v_report := outreach_network_report(p_snap_m, p_max_offroad_m);
    INSERT INTO road_network_build (snap_m, max_offroad_m, report)
    VALUES (p_snap_m, p_max_offroad_m, v_report);

    DROP TABLE net_crs, net_seg, net_cut, net_point, net_vertex, net_edge, net_dropped, net_collapsed,
               net_place, net_split, net_offroad, net_final_node, net_final_edge, net_component;
    RETURN v_report;
END
$$;

COMMENT ON FUNCTION outreach_build_network(double precision, double precision) IS
    'Rebuilds the routable network from road_segment, village, commune and team: vertices where '
    'segments meet or end within p_snap_m metres of one another (in the UTM zone of the centre '
    'of the roads, utm_srid), edges between them '
    '(lengths on the spheroid; pieces that collapse into one vertex are dropped and reported), '
    'places attached to the nearest edge within p_max_offroad_m metres (on the spheroid) '
    'with an off-road leg, connected components, climb and descent from the DEM if one is loaded. '
    'Replaces road_node, road_edge and place_attachment in the caller''s transaction, records the '
    'build in road_network_build and returns its report (see outreach_network_report). Same '
    'input, same ids.';
