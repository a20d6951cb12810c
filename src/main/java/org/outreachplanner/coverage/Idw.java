package org.outreachplanner.coverage;

import java.util.HashMap;
import java.util.Map;

/**
 * Inverse-distance-weighted estimates of class ranks for cells without measurements, from the
 * measured cells whose centres lie within a radius: rank = round(Σ w·rank / Σ w), w = 1 / d^p. A
 * cell gets an estimate only when enough measured cells are near.
 */
final class Idw {

  private final HexGrid grid;
  private final double radius;
  private final double power;
  private final int minNeighbours;
  private final int[][] disk;

  Idw(HexGrid grid, double radius, double power, int minNeighbours) {
    this.grid = grid;
    this.radius = radius;
    this.power = power;
    this.minNeighbours = minNeighbours;
    this.disk = HexGrid.disk(grid.ringsWithin(radius));
  }

  /** Estimated ranks of the unmeasured cells near the measured ones (cell key to rank). */
  Map<Long, Integer> estimate(Map<Long, Integer> measured) {
    Map<Long, double[]> sums = new HashMap<>();
    for (Map.Entry<Long, Integer> m : measured.entrySet()) {
      long from = m.getKey();
      for (int[] step : disk) {
        long to = HexGrid.offset(from, step[0], step[1]);
        if (!measured.containsKey(to)) {
          add(sums, from, to, m.getValue());
        }
      }
    }
    return ranks(sums);
  }

  /**
   * The k-fold agreement check: each measured cell estimated from the measured cells of the other
   * folds only, compared with its measured rank.
   */
  Agreement agreement(Map<Long, Integer> measured, Map<Long, Integer> samples, int folds) {
    Map<Long, double[]> sums = new HashMap<>();
    for (Map.Entry<Long, Integer> m : measured.entrySet()) {
      long from = m.getKey();
      int fold = fold(from, folds);
      for (int[] step : disk) {
        long to = HexGrid.offset(from, step[0], step[1]);
        if (measured.containsKey(to) && fold(to, folds) != fold) {
          add(sums, from, to, m.getValue());
        }
      }
    }
    Map<Long, Integer> predicted = ranks(sums);
    int cells = 0;
    int correct = 0;
    int withinOne = 0;
    long points = 0;
    long pointsCorrect = 0;
    for (Map.Entry<Long, Integer> p : predicted.entrySet()) {
      int actual = measured.get(p.getKey());
      int n = samples.getOrDefault(p.getKey(), 0);
      cells++;
      points += n;
      if (actual == p.getValue()) {
        correct++;
        pointsCorrect += n;
      }
      if (Math.abs(actual - p.getValue()) <= 1) {
        withinOne++;
      }
    }
    return new Agreement(folds, measured.size(), cells, correct, withinOne, points, pointsCorrect);
  }

  /** The fold of a cell: a hash of its key, so that folds are spread over the map. */
  static int fold(long key, int folds) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) Math.floorMod(h ^ (h >>> 29), (long) folds);
  }

  private void add(Map<Long, double[]> sums, long from, long to, int rank) {
    double d = grid.distance(from, to);
    if (d > radius) {
      return;
    }
    double w = power == 2 ? 1 / (d * d) : 1 / Math.pow(d, power);
    double[] s = sums.computeIfAbsent(to, k -> new double[3]);
    s[0] += w;
    s[1] += w * rank;
    s[2] += 1;
  }

  private Map<Long, Integer> ranks(Map<Long, double[]> sums) {
    Map<Long, Integer> ranks = new HashMap<>();
    for (Map.Entry<Long, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      if (s[2] >= minNeighbours) {
        // a tie (x.5) rounds up, also when rounding errors of the distances make it x.4999…
        ranks.put(e.getKey(), (int) Math.floor(s[1] / s[0] + 0.5 + 1e-9));
      }
    }
    return ranks;
  }

  /** How well the estimates predict held-back measurements. */
  record Agreement(
      int folds,
      int measuredCells,
      int testedCells,
      int correctCells,
      int withinOneClassCells,
      long testedPoints,
      long correctPoints) {

    double cellShare() {
      return testedCells == 0 ? Double.NaN : (double) correctCells / testedCells;
    }

    double pointShare() {
      return testedPoints == 0 ? Double.NaN : (double) correctPoints / testedPoints;
    }
  }
}
