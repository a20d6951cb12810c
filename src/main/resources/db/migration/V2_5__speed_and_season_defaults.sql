-- Default speeds and seasons. They are planning averages over a whole trip (bends, hairpins,
-- villages, loading a motorbike onto a ferry), not speed limits; docs/travel-times.md gives the
-- reasoning. Planners adjust them with `outreach speeds set` or PUT /api/speeds.

INSERT INTO speed_profile (road_class, surface, mode, season, kmh, note)
SELECT road_class, surface, mode, season, kmh, note
  FROM (VALUES
    -- class,        surface, motorbike dry, rainy, on foot dry, rainy, note
    ('trunk',        '*',  60, 50, 4.5, 4.0, 'national road: paved, two lanes, many bends in the mountains'),
    ('primary',      '*',  60, 50, 4.5, 4.0, 'provincial road, paved'),
    ('secondary',    '*',  40, 35, 4.5, 4.0, 'district road: paved, narrow, steep in places'),
    ('tertiary',     '*',  40, 30, 4.5, 4.0, 'commune road: paved or concrete, landslides in the rains'),
    ('unclassified', '*',  30, 25, 4.5, 4.0, 'village road: concrete strip or gravel'),
    ('residential',  '*',  30, 25, 4.5, 4.0, 'road inside a village'),
    ('track',        '*',  20, 10, 4.0, 3.5, 'track of unknown surface: taken as dirt'),
    ('track',        'gravel', 25, 18, 4.0, 3.5, 'gravel track: passable in the rains, slowly'),
    ('track',        'dirt',   20, 10, 4.0, 3.5, 'dirt track: mud in the rainy season'),
    ('path',         '*',  12,  6, 4.0, 3.5, 'path a motorbike can ride with care'),
    ('footway',      '*',   8,  5, 4.0, 3.5, 'footway: the motorbike is pushed much of the way'),
    ('offroad',      '*',   3,  3, 3.0, 3.0, 'walk between a place and the road, in both modes'),
    ('*',            '*',  20, 10, 4.0, 3.5, 'fallback for road classes with no row: as a dirt track')
  ) AS v (road_class, surface, motorbike_dry, motorbike_rainy, on_foot_dry, on_foot_rainy, note)
 CROSS JOIN LATERAL (VALUES
    ('motorbike', 'dry', v.motorbike_dry),
    ('motorbike', 'rainy', v.motorbike_rainy),
    ('on_foot', 'dry', v.on_foot_dry),
    ('on_foot', 'rainy', v.on_foot_rainy)
  ) AS s (mode, season, kmh);

-- Province '*' (any province without rows of its own): rainy May to October, as in the northern
-- mountains (Lai Châu, Hà Giang, Điện Biên).
INSERT INTO season_calendar (province_code, month, season)
SELECT '*', m, CASE WHEN m BETWEEN 5 AND 10 THEN 'rainy' ELSE 'dry' END
  FROM generate_series(1, 12) AS m;

-- Quảng Trị (province code 44): on the central coast the rains and floods come later, roughly
-- September to December.
INSERT INTO season_calendar (province_code, month, season)
SELECT '44', m, CASE WHEN m BETWEEN 9 AND 12 THEN 'rainy' ELSE 'dry' END
  FROM generate_series(1, 12) AS m;
