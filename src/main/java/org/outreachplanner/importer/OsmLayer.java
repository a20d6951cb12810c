package org.outreachplanner.importer;

import java.util.List;
import java.util.Map;

/**
 * What is read from an OpenStreetMap file for a kind: the GDAL OSM layer, an attribute filter, the
 * staging columns it needs, and how they become canonical columns (tags beyond GDAL's own columns
 * come from {@code other_tags}, see {@link OsmTags}).
 */
enum OsmLayer {
  ROADS(
      "lines",
      "highway IS NOT NULL",
      List.of("osm_id", "highway", "name", "other_tags"),
      List.of("source_id", "road_class", "name", "surface", "oneway")) {
    @Override
    String[] canonicalValues(String[] raw) {
      Map<String, String> tags = OsmTags.parse(raw[3]);
      return new String[] {raw[0], raw[1], raw[2], tags.get("surface"), tags.get("oneway")};
    }
  },
  VILLAGES(
      "points",
      "place IN ('village', 'hamlet', 'isolated_dwelling', 'locality')",
      List.of("osm_id", "name", "other_tags"),
      List.of("code", "name", "residents")) {
    @Override
    String[] canonicalValues(String[] raw) {
      String code = raw[0] == null ? null : "osm-" + raw[0];
      return new String[] {code, raw[1], OsmTags.get(raw[2], "population")};
    }
  };

  final String gdalLayer;
  final String where;
  final List<String> stagingColumns;
  final List<String> canonicalColumns;

  OsmLayer(String gdalLayer, String where, List<String> staging, List<String> canonical) {
    this.gdalLayer = gdalLayer;
    this.where = where;
    this.stagingColumns = staging;
    this.canonicalColumns = canonical;
  }

  /** The canonical values, in the order of {@link #canonicalColumns}, from the staging values. */
  abstract String[] canonicalValues(String[] raw);

  /** The layer read for a kind, or null when OSM files do not hold that kind. */
  static OsmLayer of(ImportKind kind) {
    return switch (kind) {
      case ROADS -> ROADS;
      case VILLAGES -> VILLAGES;
      default -> null;
    };
  }
}
