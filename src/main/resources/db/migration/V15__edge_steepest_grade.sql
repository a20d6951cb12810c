-- The steepest stretch of every edge, from the elevation model (see outreach_fill_climb): edges
-- steeper than a mode's limit are impassable for it (outreach_grade_limit).
ALTER TABLE road_edge ADD COLUMN max_grade double precision CHECK (max_grade >= 0);

COMMENT ON COLUMN road_edge.max_grade IS
    'The steepest grade (|rise| / run, 1 = 45°) of the edge''s stretches of at least one DEM cell, '
    'either way; null when no elevation model covers the edge.';
