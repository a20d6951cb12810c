package org.outreachplanner.generate;

/**
 * One road segment between two network nodes (commune centres or villages). Its winding polyline is
 * not stored: {@link WindingLine} rebuilds it from {@code shapeSeed} whenever it is needed.
 *
 * @param lengthFactor road length over straight distance
 * @param name road name, or {@code null}
 */
record RoadEdge(
    String sourceId,
    String roadClass,
    String surface,
    String name,
    double fromLon,
    double fromLat,
    double toLon,
    double toLat,
    double lengthFactor,
    long shapeSeed) {

  double straightMetres() {
    return LocalProjection.distanceMetres(fromLon, fromLat, toLon, toLat);
  }
}
