package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;

/**
 * Places villages inside their commune, in valleys: of a few random spots the lowest wins, and
 * villages keep a little distance from one another and from the commune centre. Villages are
 * numbered outwards from the centre.
 */
final class VillagePlacer {

  private static final int CANDIDATES_PER_VILLAGE = 5;
  private static final int ATTEMPTS_PER_SPACING = 400;
  private static final double LARGEST_SPACING_METRES = 400;

  private final Terrain terrain;
  private final RandomStreams streams;

  VillagePlacer(Terrain terrain, RandomStreams streams) {
    this.terrain = terrain;
    this.streams = streams;
  }

  List<VillageSite> place(Commune commune) {
    CommuneSpec spec = commune.spec();
    SplittableRandom random = streams.stream("villages", commune.index());
    LocalProjection projection = commune.projection();
    IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(commune.boundary());
    Envelope envelope = commune.boundary().getEnvelopeInternal();
    double areaSquareMetres =
        commune.boundary().getArea()
            * projection.metresPerDegreeLon()
            * LocalProjection.METRES_PER_DEGREE_LAT;
    double spacing =
        Math.min(LARGEST_SPACING_METRES, 0.4 * Math.sqrt(areaSquareMetres / spec.villageCount()));
    Spacing taken = new Spacing(spacing);
    taken.add(0, 0);
    List<double[]> points = new ArrayList<>(spec.villageCount());
    for (int v = 0; v < spec.villageCount(); v++) {
      double[] point = null;
      for (double minimum = spacing; point == null; minimum /= 2) {
        point = lowestFreeSpot(random, inside, envelope, projection, taken, minimum);
      }
      taken.add(projection.x(point[0]), projection.y(point[1]));
      points.add(point);
    }
    points.sort(
        Comparator.comparingDouble((double[] p) -> distance(projection, p))
            .thenComparingDouble(p -> p[0])
            .thenComparingDouble(p -> p[1]));
    return named(commune, points, random);
  }

  private double[] lowestFreeSpot(
      SplittableRandom random,
      IndexedPointInAreaLocator inside,
      Envelope envelope,
      LocalProjection projection,
      Spacing taken,
      double minimumSpacing) {
    double[] best = null;
    double bestElevation = Double.POSITIVE_INFINITY;
    int found = 0;
    for (int attempt = 0; attempt < ATTEMPTS_PER_SPACING && found < CANDIDATES_PER_VILLAGE; ) {
      attempt++;
      double lon =
          CoordinateFormat.round6(random.nextDouble(envelope.getMinX(), envelope.getMaxX()));
      double lat =
          CoordinateFormat.round6(random.nextDouble(envelope.getMinY(), envelope.getMaxY()));
      if (inside.locate(new Coordinate(lon, lat)) != Location.INTERIOR
          || !taken.isFree(projection.x(lon), projection.y(lat), minimumSpacing)) {
        continue;
      }
      found++;
      double elevation = terrain.elevation(lon, lat);
      if (elevation < bestElevation) {
        bestElevation = elevation;
        best = new double[] {lon, lat};
      }
    }
    return best;
  }

  private static List<VillageSite> named(
      Commune commune, List<double[]> points, SplittableRandom random) {
    CommuneSpec spec = commune.spec();
    Set<String> names = new HashSet<>(spec.fixedVillageNames());
    List<String> fixed = new ArrayList<>(new LinkedHashSet<>(spec.fixedVillageNames()));
    int width = Math.max(2, Integer.toString(points.size()).length());
    List<VillageSite> sites = new ArrayList<>(points.size());
    for (int v = 0; v < points.size(); v++) {
      double[] p = points.get(v);
      String name = v < fixed.size() ? fixed.get(v) : spec.naming().newVillageName(random, names);
      String code = commune.code() + "-" + zeroPadded(v + 1, width);
      sites.add(new VillageSite(code, name, p[0], p[1], distance(commune.projection(), p)));
    }
    return sites;
  }

  static String zeroPadded(int number, int width) {
    StringBuilder text = new StringBuilder(Integer.toString(number));
    while (text.length() < width) {
      text.insert(0, '0');
    }
    return text.toString();
  }

  private static double distance(LocalProjection projection, double[] lonLat) {
    return Math.hypot(projection.x(lonLat[0]), projection.y(lonLat[1]));
  }

  /** Points already taken, bucketed by the largest spacing asked for. */
  private static final class Spacing {
    private final double cellSize;
    private final Map<Long, List<double[]>> buckets = new HashMap<>();

    Spacing(double cellSize) {
      this.cellSize = cellSize;
    }

    void add(double x, double y) {
      buckets
          .computeIfAbsent(key(cell(x), cell(y)), k -> new ArrayList<>())
          .add(new double[] {x, y});
    }

    boolean isFree(double x, double y, double minimum) {
      long cx = cell(x);
      long cy = cell(y);
      for (long dx = -1; dx <= 1; dx++) {
        for (long dy = -1; dy <= 1; dy++) {
          for (double[] p : buckets.getOrDefault(key(cx + dx, cy + dy), List.of())) {
            if (Math.hypot(p[0] - x, p[1] - y) < minimum) {
              return false;
            }
          }
        }
      }
      return true;
    }

    private long cell(double value) {
      return (long) Math.floor(value / cellSize);
    }

    private static long key(long cx, long cy) {
      return RandomStreams.mix(cx * 0x1_0000_0000L + (cy & 0xFFFF_FFFFL));
    }
  }
}
