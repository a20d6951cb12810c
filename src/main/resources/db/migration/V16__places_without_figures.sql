-- Places without census figures: a village read from OpenStreetMap place nodes or a gazetteer has
-- a name and a point but no households, residents, eligible residents or Level-2 e-ID figures.
-- They are unknown (NULL), never zero: sums count the villages without them, completion is unknown,
-- the scheduler plans such a village with a documented default (docs/schedules.md).
ALTER TABLE village
    ALTER COLUMN households DROP NOT NULL,
    ALTER COLUMN residents DROP NOT NULL,
    ALTER COLUMN eligible DROP NOT NULL,
    ALTER COLUMN eid_done DROP NOT NULL;
COMMENT ON COLUMN village.households IS 'households; NULL while unknown (no census figures yet)';
COMMENT ON COLUMN village.residents IS 'residents; NULL while unknown';
COMMENT ON COLUMN village.eligible IS
    'residents aged 14 or over, eligible for Level-2 e-ID; NULL while unknown';
COMMENT ON COLUMN village.eid_done IS
    'residents with Level-2 electronic identification done; NULL while unknown';

-- A dead zone's households, residents, eligible and eid_missing are sums over the villages whose
-- figure is known; this counts the villages inside with any figure unknown.
ALTER TABLE dead_zone
    ADD COLUMN villages_without_figures integer NOT NULL DEFAULT 0
        CHECK (villages_without_figures >= 0);

-- OpenStreetMap road classes (network/RoadClasses, docs/travel-times.md): a row for every
-- highway=* value in common use, so that no class falls back to the '*' row (20 km/h by motorbike,
-- which took motorbike routes up stairs). kmh 0 closes a class to a mode: expressways to both
-- (Vietnamese law keeps motorbikes and people on foot off them), steps, footways, pedestrian
-- streets, cycleways and bridleways to motorbikes. Paths stay open to motorbikes at their V2_5
-- speeds: in the mountains a path is how a motorbike reaches many villages. Rows a planner has set are kept.
INSERT INTO speed_profile (road_class, surface, mode, season, kmh, note)
SELECT road_class, '*', s.mode, s.season, s.kmh, note
  FROM (VALUES
    -- class,          motorbike dry, rainy, on foot dry, rainy, note
    ('motorway',        0,  0, 0.0, 0.0, 'expressway: no motorbikes, no one on foot'),
    ('motorway_link',   0,  0, 0.0, 0.0, 'expressway ramp: no motorbikes, no one on foot'),
    ('trunk_link',     40, 35, 4.5, 4.0, 'ramp of a national road'),
    ('primary_link',   40, 35, 4.5, 4.0, 'ramp of a provincial road'),
    ('secondary_link', 35, 30, 4.5, 4.0, 'ramp of a district road'),
    ('tertiary_link',  30, 25, 4.5, 4.0, 'ramp of a commune road'),
    ('living_street',  15, 12, 4.5, 4.0, 'street shared with people on foot'),
    ('service',        20, 15, 4.5, 4.0, 'access road, yard or alley'),
    ('road',           25, 15, 4.0, 3.5, 'road of a class not yet surveyed'),
    ('pedestrian',      0,  0, 4.5, 4.0, 'pedestrian street: on foot only'),
    ('steps',           0,  0, 3.0, 2.5, 'steps: on foot only, slope costs added from the DEM'),
    ('cycleway',        0,  0, 4.5, 4.0, 'cycleway: no motorbikes'),
    ('bridleway',       0,  0, 4.0, 3.5, 'bridleway: on foot only')
  ) AS v (road_class, motorbike_dry, motorbike_rainy, on_foot_dry, on_foot_rainy, note)
 CROSS JOIN LATERAL (VALUES
    ('motorbike', 'dry', v.motorbike_dry::double precision),
    ('motorbike', 'rainy', v.motorbike_rainy::double precision),
    ('on_foot', 'dry', v.on_foot_dry::double precision),
    ('on_foot', 'rainy', v.on_foot_rainy::double precision)
  ) AS s (mode, season, kmh)
ON CONFLICT (road_class, surface, mode, season) DO NOTHING;

-- Footways are on foot only: the motorbike speeds of V2_5 (8 and 5 km/h) become 0 where a planner
-- has not changed them.
UPDATE speed_profile
   SET kmh = 0, note = road_class || ': on foot only', updated_at = now()
 WHERE mode = 'motorbike' AND surface = '*'
   AND (road_class, note) IN (('footway', 'footway: the motorbike is pushed much of the way'));

-- Census figures attached to villages imported without them: a new import kind.
ALTER TABLE import_run DROP CONSTRAINT import_run_kind_check;
ALTER TABLE import_run
    ADD CONSTRAINT import_run_kind_check
    CHECK (kind IN ('communes', 'villages', 'teams', 'surveys', 'roads', 'closures',
                    'travel-times', 'census'));
