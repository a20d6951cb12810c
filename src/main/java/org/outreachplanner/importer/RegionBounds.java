package org.outreachplanner.importer;

import java.util.Arrays;

/**
 * The planning region's bounding box in degrees: imported coordinates must fall inside it.
 * Configured by {@code outreach.region.bbox} (min lon, min lat, max lon, max lat).
 */
public record RegionBounds(
    String name, double minLon, double minLat, double maxLon, double maxLat) {

  public RegionBounds {
    if (!(minLon < maxLon && minLat < maxLat)
        || minLon < -180
        || maxLon > 180
        || minLat < -90
        || maxLat > 90) {
      throw new IllegalArgumentException(
          "outreach.region.bbox must be min lon, min lat, max lon, max lat within the world");
    }
  }

  public static RegionBounds parse(String name, String bbox) {
    double[] v =
        Arrays.stream(bbox.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
    if (v.length != 4) {
      throw new IllegalArgumentException(
          "outreach.region.bbox needs 4 numbers: min lon, min lat, max lon, max lat");
    }
    return new RegionBounds(name, v[0], v[1], v[2], v[3]);
  }

  public boolean contains(double lon, double lat) {
    return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
  }
}
