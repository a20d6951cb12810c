package org.outreachplanner.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which OpenStreetMap place nodes become villages, whatever the file (PBF and OSM XML read by GDAL,
 * Overpass / OSM JSON read by {@link OsmJsonPlaces}): settlements a team visits as one unit.
 */
final class PlaceNodes {

  /** The {@code place=*} values read: see docs/data-formats.md for why these and not others. */
  static final List<String> PLACES =
      List.of("village", "hamlet", "isolated_dwelling", "suburb", "quarter", "neighbourhood");

  /** GDAL's attribute filter on its {@code points} layer. */
  static final String GDAL_WHERE =
      PLACES.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", ", "place IN (", ")"));

  private PlaceNodes() {}

  /** The village code of an OpenStreetMap node id: {@code osm-<id>}, or null without an id. */
  static String code(String osmId) {
    return osmId == null ? null : "osm-" + osmId;
  }
}
