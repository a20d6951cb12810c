package org.outreachplanner.tiles;

/**
 * The map layers served as vector tiles: the SQL function that writes a tile (R__tiles.sql) and
 * what changes when the layer's data changes, so that a cached tile is written again only then.
 */
enum TileLayer {
  VILLAGES(
      "SELECT tile_villages(?, ?, ?)",
      // the villages' e-ID figure counts the activations reported since: a new report changes it
      "SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') || '/'"
          + " || (SELECT count(*) FROM visit_report) FROM village"),
  COMMUNES(
      "SELECT tile_communes(?, ?, ?)",
      "SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') FROM commune"),
  COVERAGE("SELECT tile_coverage(?, ?, ?)", TileLayer.COVERAGE_STATE),
  DEAD_ZONES("SELECT tile_dead_zones(?, ?, ?)", TileLayer.COVERAGE_STATE);

  /** The coverage layer and its dead zones change together, with each recompute. */
  private static final String COVERAGE_STATE =
      "SELECT coalesce(max(id), 0)::text FROM coverage_run";

  final String tileSql;
  final String stateSql;

  TileLayer(String tileSql, String stateSql) {
    this.tileSql = tileSql;
    this.stateSql = stateSql;
  }
}
