package org.outreachplanner.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Turns a road edge into a polyline that winds like a mountain road: a broad detour around the
 * straight line plus one or two stretches of hairpin switchbacks, scaled together so that the line
 * is {@code lengthFactor} times the straight distance. The lateral offset is a function of the
 * position along the straight line, so the polyline never crosses itself.
 */
final class WindingLine {

  private static final double HAIRPIN_SPACING_METRES = 260;
  private static final int VERTICES_PER_HAIRPIN = 5;
  private static final int MOST_HAIRPINS = 150;
  private static final int BROAD_HARMONICS = 3;
  private static final double LENGTH_TOLERANCE_METRES = 0.01;

  private WindingLine() {}

  /** The polyline as lon, lat pairs, rounded to 6 decimals, ending exactly at the edge's ends. */
  static double[] coordinates(RoadEdge edge) {
    LocalProjection projection =
        new LocalProjection(edge.fromLon(), (edge.fromLat() + edge.toLat()) / 2);
    double startY = projection.y(edge.fromLat());
    double dx = projection.x(edge.toLon());
    double dy = projection.y(edge.toLat()) - startY;
    double straight = Math.hypot(dx, dy);
    SplittableRandom random = new SplittableRandom(edge.shapeSeed());
    int hairpins =
        (int)
            Math.max(
                2,
                Math.min(
                    MOST_HAIRPINS,
                    Math.round(
                        straight / (HAIRPIN_SPACING_METRES * random.nextDouble(0.75, 1.3)))));
    double[] broad = new double[BROAD_HARMONICS];
    for (int m = 0; m < BROAD_HARMONICS; m++) {
      broad[m] = random.nextDouble(-0.35, 0.35) / (m + 1);
    }
    int stretches = random.nextDouble() < 0.6 ? 1 : 2;
    double[] stretchCentre = new double[stretches];
    double[] stretchWidth = new double[stretches];
    for (int k = 0; k < stretches; k++) {
      stretchCentre[k] = random.nextDouble(0.15, 0.85);
      stretchWidth[k] = random.nextDouble(0.08, 0.22);
    }
    int count = VERTICES_PER_HAIRPIN * hairpins + 1;
    double[] along = new double[count];
    double[] lateral = new double[count];
    for (int j = 0; j < count; j++) {
      double t = (double) j / (count - 1);
      along[j] = t * straight;
      double offset = 0;
      for (int m = 0; m < BROAD_HARMONICS; m++) {
        offset += broad[m] * Math.sin(Math.PI * (m + 1) * t);
      }
      double envelope = 0;
      for (int k = 0; k < stretches; k++) {
        double z = (t - stretchCentre[k]) / stretchWidth[k];
        envelope += Math.exp(-z * z);
      }
      lateral[j] = offset + Math.sin(Math.PI * t) * envelope * Math.sin(Math.PI * hairpins * t);
    }
    double amplitude = amplitudeFor(along, lateral, edge.lengthFactor() * straight);
    double ux = dx / straight;
    double uy = dy / straight;
    double[] lonLat = new double[2 * count];
    int written = 0;
    for (int j = 0; j < count; j++) {
      double lon;
      double lat;
      if (j == 0) {
        lon = edge.fromLon();
        lat = edge.fromLat();
      } else if (j == count - 1) {
        lon = edge.toLon();
        lat = edge.toLat();
      } else {
        double x = ux * along[j] - uy * amplitude * lateral[j];
        double y = uy * along[j] + ux * amplitude * lateral[j];
        lon = CoordinateFormat.round6(projection.lon(x));
        lat = CoordinateFormat.round6(projection.lat(startY + y));
      }
      boolean repeated = written > 0 && lonLat[written - 2] == lon && lonLat[written - 1] == lat;
      if (!repeated) {
        lonLat[written++] = lon;
        lonLat[written++] = lat;
      }
    }
    return written == lonLat.length ? lonLat : Arrays.copyOf(lonLat, written);
  }

  /**
   * Newton's method on the polyline length, which is convex and increasing in the amplitude: after
   * the first step every iterate lies above the root and the steps shrink monotonically.
   */
  private static double amplitudeFor(double[] along, double[] lateral, double targetLength) {
    double straight = along[along.length - 1];
    if (targetLength <= straight * 1.0001) {
      return 0;
    }
    double amplitude = straight;
    for (int iteration = 0; iteration < 60; iteration++) {
      double length = 0;
      double slope = 0;
      for (int j = 1; j < along.length; j++) {
        double da = along[j] - along[j - 1];
        double dl = lateral[j] - lateral[j - 1];
        double segment = Math.sqrt(da * da + amplitude * amplitude * dl * dl);
        length += segment;
        slope += segment > 0 ? amplitude * dl * dl / segment : 0;
      }
      if (Math.abs(length - targetLength) < LENGTH_TOLERANCE_METRES || slope == 0) {
        break;
      }
      amplitude -= (length - targetLength) / slope;
    }
    return amplitude;
  }
}
