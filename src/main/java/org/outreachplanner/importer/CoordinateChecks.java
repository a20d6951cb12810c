package org.outreachplanner.importer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Checks imported coordinates before they reach PostGIS, which would silently wrap out-of-range
 * values on a cast to geography: finite, within the world, and within the planning region, with a
 * hint when swapping latitude and longitude would put them inside.
 */
public final class CoordinateChecks {

  private CoordinateChecks() {}

  /** The problem with one point, or null when it is fine. */
  public static String checkPoint(double lon, double lat, RegionBounds region) {
    if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
      return "non-finite coordinate (" + lon + ", " + lat + ")";
    }
    if (lat < -90 || lat > 90) {
      return swappedHint(lon, lat, region, "latitude " + lat + " is out of range [-90, 90]");
    }
    if (lon < -180 || lon > 180) {
      return "longitude " + lon + " is out of range [-180, 180]";
    }
    if (!region.contains(lon, lat)) {
      return swappedHint(
          lon,
          lat,
          region,
          String.format(
              "point (lon %s, lat %s) is outside the planning region %s (lon %s..%s, lat %s..%s)",
              lon,
              lat,
              region.name(),
              region.minLon(),
              region.maxLon(),
              region.minLat(),
              region.maxLat()));
    }
    return null;
  }

  /** The problem with a geometry's coordinates (the first bad one), or null when all are fine. */
  public static String checkGeometry(Geometry geometry, RegionBounds region) {
    for (Coordinate c : geometry.getCoordinates()) {
      String problem = checkPoint(c.x, c.y, region);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String swappedHint(double lon, double lat, RegionBounds region, String problem) {
    if (region.contains(lat, lon)) {
      return problem + "; latitude and longitude look swapped";
    }
    return problem;
  }
}
