-- Degenerate pieces in the network build. A stretch of a segment between two cuts at the same
-- vertex is kept as a loop when it is longer than twice the snapping tolerance; but when the
-- vertex is a chain of points spread along the segment (cuts within the tolerance of one another,
-- chained), the stretch may have no coordinate of its own, and moving both its ends onto the
-- vertex leaves a line of zero length, which road_edge refuses (length_m > 0). Such pieces are now
-- dropped right after the edges are cut, before places are attached, and reported; a segment left
-- with no piece at all is reported as a zero-length segment, as before.

CREATE FUNCTION outreach_network_drop_collapsed() RETURNS void
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
    '(they use the ''*'' fallback); places attached and those that could not be.';

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

    DROP TABLE net_seg, net_cut, net_point, net_vertex, net_edge, net_dropped, net_collapsed,
               net_place, net_split, net_offroad, net_final_node, net_final_edge, net_component;
    RETURN v_report;
END
$$;

COMMENT ON FUNCTION outreach_build_network(double precision, double precision) IS
    'Rebuilds the routable network from road_segment, village, commune and team: vertices where '
    'segments meet or end within p_snap_m metres of one another (EPSG:32648), edges between them '
    '(lengths on the spheroid; pieces that collapse into one vertex are dropped and reported), '
    'places attached to the nearest edge within p_max_offroad_m metres '
    'with an off-road leg, connected components, climb and descent from the DEM if one is loaded. '
    'Replaces road_node, road_edge and place_attachment in the caller''s transaction, records the '
    'build in road_network_build and returns its report (see outreach_network_report). Same '
    'input, same ids.';
