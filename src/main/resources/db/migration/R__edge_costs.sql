-- Travel costs of the network (repeatable migration: the current definition of its functions,
-- changed here and not in a new versioned file; see docs/architecture.md): seconds per edge and
-- direction from the speed profile, the season, the slope (on foot) and the closures of a date.
-- Nothing here is stored: changing a speed or a closure changes the costs at once, without
-- rebuilding the network.

CREATE OR REPLACE FUNCTION outreach_season(p_province_code text, p_date date) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(
        (SELECT season FROM season_calendar
          WHERE province_code = p_province_code AND month = extract(month FROM p_date)),
        (SELECT season FROM season_calendar
          WHERE province_code = '*' AND month = extract(month FROM p_date)),
        'dry')
$$;

COMMENT ON FUNCTION outreach_season(text, date) IS
    'The season (dry or rainy) of a date in a province: the province''s season_calendar row for '
    'the month, else the row of province ''*'', else dry.';

-- Tobler's hiking function, speed = 6·exp(−3.5·|s + 0.05|) km/h for the slope s = dh/dx,
-- relative to its speed on flat ground.
CREATE OR REPLACE FUNCTION outreach_tobler_factor(p_slope double precision)
RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
    SELECT exp(-3.5 * (abs(p_slope + 0.05) - 0.05))
$$;

COMMENT ON FUNCTION outreach_tobler_factor(double precision) IS
    'Walking speed on slope p_slope (rise over horizontal run; negative downhill) relative to flat '
    'ground, from Tobler''s hiking function 6·exp(−3.5·|s + 0.05|): exp(−3.5·(|s + 0.05| − 0.05)). '
    '1 on flat ground, about 1.19 at s = −0.05 (the fastest), 0.71 at s = +0.1.';

-- The slowest a walker is taken to go, in km/h, however steep the ground: Naismith's rule (5 km/h
-- plus an hour per 600 m of climb) gives 0.54 km/h on a 100 % grade, the steepest walked
-- (outreach_grade_limit); Tobler's function alone would fall to a tenth of that there.
CREATE OR REPLACE FUNCTION outreach_walk_floor_kmh() RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 0.5::double precision
$$;

COMMENT ON FUNCTION outreach_walk_floor_kmh() IS
    'The floor of the walking speed on steep ground: 0.5 km/h (Naismith''s rule on a 100 % grade); '
    'a road class slower than that on the flat keeps its own speed.';

-- The steepest grade (rise over run) a mode passes; steeper edges are impassable for it.
CREATE OR REPLACE FUNCTION outreach_grade_limit(p_mode text) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE p_mode
        -- 45°: steeper is climbing, not walking; steep outdoor stairs reach about 40°
        WHEN 'on_foot' THEN 1.0
        -- the steepest streets open to traffic are about 35–37 % (Baldwin Street, Ffordd Pen
        -- Llech); beyond 45 % measured over a DEM cell it is a path or steps, not a road
        WHEN 'motorbike' THEN 0.45
        -- cars stall or ground sooner than a light motorbike
        WHEN 'car' THEN 0.40
    END
$$;

COMMENT ON FUNCTION outreach_grade_limit(text) IS
    'The steepest grade (|rise| / run) a mode passes: on_foot 1.0 (45°), motorbike 0.45, car 0.40; '
    'an edge whose steepest stretch (road_edge.max_grade) is steeper is impassable for the mode '
    '(walked off-road legs use the on_foot limit in every mode). Null for an unknown mode.';

CREATE OR REPLACE FUNCTION outreach_travel_seconds(p_length_m double precision,
                                                   p_climb_m double precision,
                                                   p_descent_m double precision,
                                                   p_kmh double precision,
                                                   p_walked boolean) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_kmh IS NULL OR p_kmh <= 0 THEN -1
        WHEN NOT p_walked OR p_climb_m IS NULL OR p_descent_m IS NULL
             OR p_climb_m + p_descent_m <= 0 OR p_length_m <= 0
            THEN p_length_m / (p_kmh / 3.6)
        ELSE p_length_m / (p_kmh / 3.6)
             * (p_climb_m / (p_climb_m + p_descent_m)
                    / greatest(outreach_tobler_factor(s.slope), s.floor)
                + p_descent_m / (p_climb_m + p_descent_m)
                    / greatest(outreach_tobler_factor(-s.slope), s.floor))
    END
      -- the floor as a factor of the speed on the flat
      FROM (SELECT (p_climb_m + p_descent_m) / nullif(p_length_m, 0) AS slope,
                   least(1, outreach_walk_floor_kmh() / nullif(p_kmh, 0)) AS floor) s
$$;

COMMENT ON FUNCTION outreach_travel_seconds(double precision, double precision, double precision,
                                            double precision, boolean) IS
    'Seconds to travel p_length_m metres at p_kmh km/h (−1 when the speed is 0: a barrier). When '
    'walked with a known climb and descent in the direction of travel, the length is split into '
    'an uphill part L·climb/(climb+descent) at slope s = (climb+descent)/L and a downhill part '
    'L·descent/(climb+descent) at slope −s, each walked at p_kmh · outreach_tobler_factor(slope) '
    'but never slower than outreach_walk_floor_kmh() (or p_kmh when that is slower still).';

-- Which edges the closures of a date close: a polygon closes every edge that meets it; a line
-- closes the edges that run along it, that is lie within 10 m of it or have at least 50 m within
-- 10 m of it (a road crossing the line is not closed).
CREATE OR REPLACE FUNCTION outreach_edge_runs_along(p_edge geometry, p_line geometry)
RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT ST_DWithin(e, l, 10)
           AND (ST_CoveredBy(e, ST_Buffer(l, 10))
                OR ST_Length(ST_Intersection(e, ST_Buffer(l, 10))) >= 50)
      FROM (SELECT ST_Transform(p_edge, z.srid) AS e, ST_Transform(p_line, z.srid) AS l
              FROM (SELECT utm_srid(p_line) AS srid) z) m
$$;

COMMENT ON FUNCTION outreach_edge_runs_along(geometry, geometry) IS
    'True when the edge runs along the line: it lies within 10 m of it, or at least 50 m of it do '
    '(measured in the UTM zone of the line, utm_srid).';

CREATE OR REPLACE FUNCTION outreach_closed_edges(p_on_date date)
RETURNS TABLE(edge_id bigint, closure_id bigint)
LANGUAGE sql STABLE AS $$
    SELECT e.id, c.id
      FROM road_closure c
      JOIN road_edge e ON e.geom && ST_Expand(c.geom, 0.001)
     WHERE p_on_date BETWEEN c.closed_from AND c.closed_to
       AND CASE WHEN ST_Dimension(c.geom) = 2 THEN ST_Intersects(e.geom, c.geom)
                ELSE outreach_edge_runs_along(e.geom, c.geom) END
     ORDER BY e.id, c.id
$$;

COMMENT ON FUNCTION outreach_closed_edges(date) IS
    'The edges closed on p_on_date and the closure that closes each: closures whose closed_from '
    '≤ p_on_date ≤ closed_to; a polygon closes the edges that meet it, a line the edges that run '
    'along it (outreach_edge_runs_along). No rows for a null date.';

CREATE OR REPLACE FUNCTION outreach_closure_set(p_on_date date) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '')
      FROM road_closure
     WHERE p_on_date BETWEEN closed_from AND closed_to
$$;

COMMENT ON FUNCTION outreach_closure_set(date) IS
    'The closures in force on p_on_date as a key: their ids in ascending order joined by commas, '
    ''''' when there are none (and for a null date).';

CREATE OR REPLACE FUNCTION outreach_place_closures(p_place_kind text, p_place_code text,
                                                   p_on_date date)
RETURNS TABLE(closure_id bigint, name text, reason text, closed_from date, closed_to date,
              closed_edges bigint, distance_m double precision)
LANGUAGE sql STABLE AS $$
    WITH place AS (
        SELECT a.node_id, n.geom
          FROM place_attachment a
          JOIN road_node n ON n.id = a.node_id
         WHERE a.place_kind = p_place_kind AND a.place_code = p_place_code
    ), components AS (
        SELECT DISTINCT e.component
          FROM road_edge e
          JOIN place p ON e.source = p.node_id OR e.target = p.node_id
    )
    SELECT c.id, c.name, c.reason, c.closed_from, c.closed_to, count(*),
           min(ST_Distance(e.geom::geography, p.geom::geography))
      FROM outreach_closed_edges(p_on_date) x
      JOIN road_closure c ON c.id = x.closure_id
      JOIN road_edge e ON e.id = x.edge_id
     CROSS JOIN place p
     WHERE e.component IN (SELECT component FROM components)
     GROUP BY c.id, c.name, c.reason, c.closed_from, c.closed_to
     ORDER BY 7, 1
$$;

COMMENT ON FUNCTION outreach_place_closures(text, text, date) IS
    'The closures in force on p_on_date that close edges of the network component a place is '
    'attached to, nearest first: their id, name, reason, dates, how many edges they close there, '
    'and the distance in metres from the place to the nearest of those edges. Names the closures '
    'to blame when a place cannot be reached on that date.';

CREATE OR REPLACE FUNCTION outreach_edge_costs(p_mode text, p_season text,
                                               p_on_date date DEFAULT NULL)
RETURNS TABLE(id bigint, source bigint, target bigint, cost double precision,
              reverse_cost double precision, length_m double precision)
LANGUAGE plpgsql STABLE
SET jit = off
AS $$
#variable_conflict use_column
BEGIN
    IF p_mode IS NULL OR p_mode NOT IN ('motorbike', 'on_foot') THEN
        RAISE EXCEPTION 'unknown travel mode %: expected motorbike or on_foot',
            coalesce(quote_literal(p_mode), 'null') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_season IS NULL OR p_season NOT IN ('dry', 'rainy') THEN
        RAISE EXCEPTION 'unknown season %: expected dry or rainy',
            coalesce(quote_literal(p_season), 'null') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    WITH speeds AS (
        SELECT sp.road_class, sp.surface, sp.kmh::double precision AS kmh
          FROM speed_profile sp
         WHERE sp.mode = p_mode AND sp.season = p_season
    ), kinds AS (
        SELECT DISTINCT e.road_class, coalesce(e.surface, '') AS surface FROM road_edge e
    ), kind_speeds AS (
        SELECT k.road_class, k.surface, coalesce(a.kmh, b.kmh, d.kmh) AS kmh
          FROM kinds k
          LEFT JOIN speeds a ON a.road_class = lower(k.road_class) AND a.surface = lower(k.surface)
          LEFT JOIN speeds b ON b.road_class = lower(k.road_class) AND b.surface = '*'
          LEFT JOIN speeds d ON d.road_class = '*' AND d.surface = '*'
    ), closed AS (
        SELECT DISTINCT x.edge_id FROM outreach_closed_edges(p_on_date) x
    )
    SELECT e.id, e.source, e.target,
           CASE WHEN c.edge_id IS NOT NULL OR e.max_grade > outreach_grade_limit(
                    CASE WHEN e.road_class = 'offroad' THEN 'on_foot' ELSE p_mode END)
                THEN -1::double precision
                ELSE outreach_travel_seconds(e.length_m, e.climb_m, e.descent_m, ks.kmh,
                                             p_mode = 'on_foot' OR e.road_class = 'offroad')
           END,
           CASE WHEN c.edge_id IS NOT NULL OR (e.one_way AND p_mode = 'motorbike')
                     OR e.max_grade > outreach_grade_limit(
                            CASE WHEN e.road_class = 'offroad' THEN 'on_foot' ELSE p_mode END)
                THEN -1::double precision
                ELSE outreach_travel_seconds(e.length_m, e.descent_m, e.climb_m, ks.kmh,
                                             p_mode = 'on_foot' OR e.road_class = 'offroad')
           END,
           e.length_m
      FROM road_edge e
      JOIN kind_speeds ks ON ks.road_class = e.road_class AND ks.surface = coalesce(e.surface, '')
      LEFT JOIN closed c ON c.edge_id = e.id
     ORDER BY e.id;
END
$$;

COMMENT ON FUNCTION outreach_edge_costs(text, text, date) IS
    'The network''s edges with their travel time in seconds for a mode (motorbike, on_foot) and '
    'season (dry, rainy), in the form pgRouting reads: cost from source to target, reverse_cost '
    'back, −1 for no passage. Speed: speed_profile row for road_class and surface, else for the '
    'class and surface ''*'', else ''*''/''*'' (classes and surfaces compared in lower case). '
    'one_way edges have reverse_cost −1 for motorbikes (walkers may go both ways); speed 0 '
    'closes both ways; edges closed on p_on_date by '
    'road_closure are −1 both ways (no closures for a null date). Walked edges (all on foot, and '
    'off-road legs in both modes) with climb and descent known follow Tobler''s hiking function '
    '(outreach_travel_seconds, with a floor speed); motorbike edges ignore slope. An edge whose '
    'steepest stretch is steeper than the mode''s outreach_grade_limit (on_foot''s for off-road '
    'legs) is −1 both ways.';
