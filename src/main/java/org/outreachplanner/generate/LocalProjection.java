package org.outreachplanner.generate;

/**
 * An equirectangular projection around an origin, in metres. Over the few tens of kilometres of a
 * commune its error is far below what the synthetic data needs, and it keeps the generator free of
 * a CRS library.
 */
final class LocalProjection {

  static final double METRES_PER_DEGREE_LAT = 110_574.0;
  private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320.0;

  private final double originLon;
  private final double originLat;
  private final double metresPerDegreeLon;

  LocalProjection(double originLon, double originLat) {
    this.originLon = originLon;
    this.originLat = originLat;
    this.metresPerDegreeLon =
        METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(originLat));
  }

  double x(double lon) {
    return (lon - originLon) * metresPerDegreeLon;
  }

  double y(double lat) {
    return (lat - originLat) * METRES_PER_DEGREE_LAT;
  }

  double lon(double x) {
    return originLon + x / metresPerDegreeLon;
  }

  double lat(double y) {
    return originLat + y / METRES_PER_DEGREE_LAT;
  }

  double metresPerDegreeLon() {
    return metresPerDegreeLon;
  }

  /** Straight distance in metres between two lon/lat points, measured around the first one. */
  static double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
    double dx =
        (lon2 - lon1)
            * METRES_PER_DEGREE_LON_AT_EQUATOR
            * Math.cos(Math.toRadians((lat1 + lat2) / 2));
    double dy = (lat2 - lat1) * METRES_PER_DEGREE_LAT;
    return Math.hypot(dx, dy);
  }
}
