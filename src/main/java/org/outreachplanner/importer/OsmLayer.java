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
  /**
   * Place nodes of settlements a team visits as one unit: village, hamlet, isolated_dwelling, and
   * the parts of towns (suburb, quarter, neighbourhood). Not town or city (a whole town is no
   * village) nor locality (a named place where, by OpenStreetMap's definition, no one lives). They
   * carry no census figures: the {@code population} tag is not read, it is seldom a census figure
   * and never comes with the others (see docs/data-formats.md).
   */
  VILLAGES("points", PlaceNodes.GDAL_WHERE, List.of("osm_id", "name"), List.of("code", "name")) {
    @Override
    String[] canonicalValues(String[] raw) {
      return new String[] {PlaceNodes.code(raw[0]), raw[1]};
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
