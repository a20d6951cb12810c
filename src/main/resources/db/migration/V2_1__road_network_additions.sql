-- Additions to the road network schema of V2: where a place meets the road, the record of each
-- network build, the elevation model, closures as an import kind.

-- place_attachment.node_id is the vertex at the place's own location, where routes to and from
-- the place start and end: the start of its off-road leg, or the road vertex itself when the place
-- is on the road (offroad_m 0). road_node_id is the vertex where the place meets the road.
ALTER TABLE place_attachment ADD COLUMN road_node_id bigint REFERENCES road_node (id);
ALTER TABLE place_attachment
    ADD CONSTRAINT place_attachment_attached_or_not CHECK (
        (node_id IS NOT NULL AND road_node_id IS NOT NULL AND offroad_m >= 0 AND problem IS NULL)
        OR (node_id IS NULL AND road_node_id IS NULL AND offroad_m IS NULL AND problem IS NOT NULL));
CREATE INDEX place_attachment_node_idx ON place_attachment (node_id);

COMMENT ON COLUMN place_attachment.node_id IS
    'vertex at the place''s own location: routes to and from the place start here';
COMMENT ON COLUMN place_attachment.road_node_id IS
    'vertex where the place''s off-road leg meets the road (= node_id when offroad_m is 0)';
COMMENT ON COLUMN place_attachment.offroad_m IS
    'length of the off-road leg walked between the place and the road, 0 when it is on the road';

-- Road closures are polygons or lines.
ALTER TABLE road_closure
    ADD CONSTRAINT road_closure_type CHECK (
        GeometryType(geom) IN ('POLYGON', 'MULTIPOLYGON', 'LINESTRING', 'MULTILINESTRING'));
CREATE INDEX road_closure_dates_idx ON road_closure (closed_from, closed_to);

-- One row per network build: when, with which settings, and what it found.
CREATE TABLE road_network_build (
    id             bigserial PRIMARY KEY,
    built_at       timestamptz NOT NULL DEFAULT now(),
    snap_m         double precision NOT NULL CHECK (snap_m >= 0),
    max_offroad_m  double precision NOT NULL CHECK (max_offroad_m >= 0),
    report         jsonb NOT NULL
);

-- The elevation model (optional): tiles of one or more files, all in one CRS.
CREATE TABLE dem_tile (
    id         bigserial PRIMARY KEY,
    file_name  text NOT NULL,
    rast       raster NOT NULL
);
CREATE INDEX dem_tile_hull_idx ON dem_tile USING gist (ST_ConvexHull(rast));

-- Closures can be imported from files.
ALTER TABLE import_run DROP CONSTRAINT import_run_kind_check;
ALTER TABLE import_run
    ADD CONSTRAINT import_run_kind_check
    CHECK (kind IN ('communes', 'villages', 'teams', 'surveys', 'roads', 'closures'));
