-- The log of road changes, road_change (repeatable migration: the current definition of its
-- function and triggers, changed here and not in a new versioned file; see docs/architecture.md).

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
