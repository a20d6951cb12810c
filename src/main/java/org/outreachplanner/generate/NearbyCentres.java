package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Commune centres in a bucket grid, for the neighbourhood questions of the layout. */
final class NearbyCentres {

  private final double[] xs;
  private final double[] ys;
  private final double[] radii;
  private final double cellSize;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  NearbyCentres(double[] xs, double[] ys, double[] radii) {
    this.xs = xs;
    this.ys = ys;
    this.radii = radii;
    double largest = 1;
    for (double radius : radii) {
      largest = Math.max(largest, radius);
    }
    this.cellSize = 3 * largest;
    for (int i = 0; i < xs.length; i++) {
      buckets.computeIfAbsent(key(cell(xs[i]), cell(ys[i])), k -> new ArrayList<>()).add(i);
    }
  }

  /** The nearest centre within a cell's reach, lowest index on ties; -1 when none is near. */
  int nearest(double x, double y) {
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int i : around(x, y)) {
      double distance = Math.hypot(x - xs[i], y - ys[i]);
      if (distance < bestDistance || (distance == bestDistance && i < best)) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Whether the point lies beyond {@code factor} radii of every centre except {@code own}. */
  boolean isOutsideAllBut(int own, double x, double y, double factor) {
    for (int i : around(x, y)) {
      if (i != own && Math.hypot(x - xs[i], y - ys[i]) <= factor * radii[i]) {
        return false;
      }
    }
    return true;
  }

  private List<Integer> around(double x, double y) {
    long cx = cell(x);
    long cy = cell(y);
    List<Integer> found = new ArrayList<>();
    for (long dx = -1; dx <= 1; dx++) {
      for (long dy = -1; dy <= 1; dy++) {
        found.addAll(buckets.getOrDefault(key(cx + dx, cy + dy), List.of()));
      }
    }
    return found;
  }

  private long cell(double value) {
    return (long) Math.floor(value / cellSize);
  }

  private static long key(long cx, long cy) {
    return RandomStreams.mix(cx * 0x1_0000_0000L + (cy & 0xFFFF_FFFFL));
  }
}
