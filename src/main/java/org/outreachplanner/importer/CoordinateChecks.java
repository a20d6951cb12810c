package org.outreachplanner.importer;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.outreachplanner.i18n.Text;

/**
 * Checks imported coordinates before they reach PostGIS, which would silently wrap out-of-range
 * values on a cast to geography: finite, within the world, and within the planning region, with a
 * hint when swapping latitude and longitude would put them inside.
 */
public final class CoordinateChecks {

  private CoordinateChecks() {}

  /** The problem with one point, or null when it is fine. */
  public static Text pointProblem(double lon, double lat, RegionBounds region) {
    // the texts of the coordinates are made only for a problem: this runs for every point read
    if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
      return Text.of(
          "imports.coordinates.nonFinitePoint", String.valueOf(lon), String.valueOf(lat));
    }
    if (lat < -90 || lat > 90) {
      return swappedHint(
          lon, lat, region, Text.of("imports.coordinates.latitudeRange", String.valueOf(lat)));
    }
    if (lon < -180 || lon > 180) {
      return Text.of("imports.coordinates.longitudeRange", String.valueOf(lon));
    }
    if (!region.contains(lon, lat)) {
      return outsideRegion(lon, lat, region);
    }
    return null;
  }

  /**
   * A point outside the region: the swap that puts it inside when there is one, else the setting
   * that changes the region ({@link ProblemCollector#OUTSIDE_REGION}, the point's own text its
   * argument).
   */
  private static Text outsideRegion(double lon, double lat, RegionBounds region) {
    Text outside =
        Text.of(
            "imports.coordinates.outsideRegion",
            String.valueOf(lon),
            String.valueOf(lat),
            region.name(),
            String.valueOf(region.minLon()),
            String.valueOf(region.maxLon()),
            String.valueOf(region.minLat()),
            String.valueOf(region.maxLat()));
    if (region.contains(lat, lon)) {
      return Text.of("imports.coordinates.swapped", outside);
    }
    return Text.of(ProblemCollector.OUTSIDE_REGION, outside);
  }

  /** The problem with a geometry's coordinates (the first bad one), or null when all are fine. */
  public static Text geometryProblem(Geometry geometry, RegionBounds region) {
    for (Coordinate c : geometry.getCoordinates()) {
      Text problem = pointProblem(c.x, c.y, region);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static Text swappedHint(double lon, double lat, RegionBounds region, Text problem) {
    if (region.contains(lat, lon)) {
      return Text.of("imports.coordinates.swapped", problem);
    }
    return problem;
  }
}
