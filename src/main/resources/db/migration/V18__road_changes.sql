-- A log of the changes to road segments and closures: one row per statement that changed any, with
-- the bounding box of the rows it changed (before and after). A plan records which changes it was
-- solved after, so that reading a draft tells whether the roads of its area changed since without
-- reading the roads themselves. Rows are written by the triggers below.
CREATE TABLE road_change (
    id          bigserial PRIMARY KEY,
    source      text NOT NULL CHECK (source IN ('road_segment', 'road_closure')),
    extent      geometry(Geometry, 4326) NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX road_change_extent_idx ON road_change USING gist (extent);

-- The log's function and triggers as first made (their current definition: R__road_changes.sql).

-- Appends one row to road_change for a statement that changed rows of road_segment or road_closure:
-- the bounding box of the changed rows, before and after an update. A statement that changed no row
-- adds nothing. It runs with the rights of its owner, so that whoever may change the roads also
-- logs the change.
CREATE OR REPLACE FUNCTION road_change_log()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  box box2d;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT ST_Extent(geom) INTO box
      FROM (SELECT geom FROM road_change_old UNION ALL SELECT geom FROM road_change_new) r;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT ST_Extent(geom) INTO box FROM road_change_new;
  ELSE
    SELECT ST_Extent(geom) INTO box FROM road_change_old;
  END IF;
  IF box IS NOT NULL THEN
    INSERT INTO road_change (source, extent) VALUES (TG_TABLE_NAME, ST_SetSRID(box::geometry, 4326));
  END IF;
  RETURN NULL;
END
$$;

COMMENT ON FUNCTION road_change_log() IS
    'Statement trigger: logs the bounding box of the road segments or closures a statement changed';

CREATE OR REPLACE TRIGGER road_segment_inserted AFTER INSERT ON road_segment
    REFERENCING NEW TABLE AS road_change_new FOR EACH STATEMENT EXECUTE FUNCTION road_change_log();
CREATE OR REPLACE TRIGGER road_segment_updated AFTER UPDATE ON road_segment
    REFERENCING OLD TABLE AS road_change_old NEW TABLE AS road_change_new
    FOR EACH STATEMENT EXECUTE FUNCTION road_change_log();
CREATE OR REPLACE TRIGGER road_segment_deleted AFTER DELETE ON road_segment
    REFERENCING OLD TABLE AS road_change_old FOR EACH STATEMENT EXECUTE FUNCTION road_change_log();

CREATE OR REPLACE TRIGGER road_closure_inserted AFTER INSERT ON road_closure
    REFERENCING NEW TABLE AS road_change_new FOR EACH STATEMENT EXECUTE FUNCTION road_change_log();
CREATE OR REPLACE TRIGGER road_closure_updated AFTER UPDATE ON road_closure
    REFERENCING OLD TABLE AS road_change_old NEW TABLE AS road_change_new
    FOR EACH STATEMENT EXECUTE FUNCTION road_change_log();
CREATE OR REPLACE TRIGGER road_closure_deleted AFTER DELETE ON road_closure
    REFERENCING OLD TABLE AS road_change_old FOR EACH STATEMENT EXECUTE FUNCTION road_change_log();
