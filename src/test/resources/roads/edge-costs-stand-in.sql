-- A stand-in for the network's cost functions, for the tests of the travel-time matrix only: the
-- same signatures and conventions as the real ones (seconds, −1 for no passage, closures of a
-- date close edges both ways), with fixed speeds that make times easy to check by hand:
--   motorbike 10 m/s in the dry season and 5 m/s in the rainy one, 0 (a barrier) on footways;
--   on foot 1 m/s, 0.5 m/s in the rainy season; off-road legs are walked at 1 m/s in every mode.
CREATE OR REPLACE FUNCTION outreach_closed_edges(p_on_date date)
RETURNS TABLE(edge_id bigint, closure_id bigint)
LANGUAGE sql STABLE AS $$
    SELECT e.id, c.id
      FROM road_closure c
      JOIN road_edge e ON ST_Intersects(e.geom, c.geom)
     WHERE p_on_date BETWEEN c.closed_from AND c.closed_to
     ORDER BY e.id, c.id
$$;

CREATE OR REPLACE FUNCTION outreach_closure_set(p_on_date date) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '')
      FROM road_closure
     WHERE p_on_date BETWEEN closed_from AND closed_to
$$;

CREATE OR REPLACE FUNCTION outreach_season(p_province_code text, p_date date) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN extract(month FROM p_date) BETWEEN 5 AND 10 THEN 'rainy' ELSE 'dry' END
$$;

CREATE OR REPLACE FUNCTION outreach_edge_costs(p_mode text, p_season text,
                                               p_on_date date DEFAULT NULL)
RETURNS TABLE(id bigint, source bigint, target bigint, cost double precision,
              reverse_cost double precision, length_m double precision)
LANGUAGE sql STABLE AS $$
    WITH closed AS (SELECT DISTINCT edge_id FROM outreach_closed_edges(p_on_date)),
    speed AS (
        SELECT e.id,
               CASE WHEN e.road_class = 'offroad' THEN 1.0
                    WHEN p_mode = 'motorbike' AND e.road_class = 'footway' THEN 0.0
                    WHEN p_mode = 'motorbike' THEN CASE p_season WHEN 'dry' THEN 10.0 ELSE 5.0 END
                    ELSE CASE p_season WHEN 'dry' THEN 1.0 ELSE 0.5 END
               END AS mps
          FROM road_edge e
    )
    SELECT e.id, e.source, e.target,
           CASE WHEN c.edge_id IS NOT NULL OR s.mps = 0 THEN -1 ELSE e.length_m / s.mps END,
           CASE WHEN c.edge_id IS NOT NULL OR s.mps = 0 OR e.one_way THEN -1
                ELSE e.length_m / s.mps END,
           e.length_m
      FROM road_edge e
      JOIN speed s ON s.id = e.id
      LEFT JOIN closed c ON c.edge_id = e.id
     ORDER BY e.id
$$;
