package org.outreachplanner.coverage;

import java.util.HashMap;
import java.util.Map;

/**
 * Inverse-distance-weighted estimates of class ranks for cells without measurements, from the
 * measured cells whose centres lie within a radius: rank = round(Σ w·rank / Σ w), w = 1 / d^p. A
 * cell gets an estimate only when enough measured cells are near.
 */
final class Idw {

  /** Centres exactly at the radius count, whatever the rounding of their distance. */
  static final double RADIUS_SLACK = 1e-6;

  /** Columns of cells computed at a time (about 380 km with 500 m hexagons). */
  static final int DEFAULT_BAND_COLUMNS = 1024;

  private final int bandColumns;
  private final double radius;
  private final double power;
  private final int minNeighbours;
  private final int rings;

  /**
   * Per parity of the source column: steps (di, dj) to the cells within the radius, and weights.
   */
  private final int[][] steps = new int[2][];

  private final double[][] weights = new double[2][];

  Idw(HexGrid grid, double radius, double power, int minNeighbours) {
    this(grid, radius, power, minNeighbours, DEFAULT_BAND_COLUMNS);
  }

  Idw(HexGrid grid, double radius, double power, int minNeighbours, int bandColumns) {
    this.bandColumns = bandColumns;
    this.radius = radius;
    this.power = power;
    this.minNeighbours = minNeighbours;
    this.rings = grid.ringsWithin(radius);
    int[][] disk = HexGrid.disk(rings);
    for (int parity = 0; parity < 2; parity++) {
      long from = HexGrid.key(parity, 0);
      int[] st = new int[disk.length * 2];
      double[] w = new double[disk.length];
      int n = 0;
      for (int[] step : disk) {
        long to = HexGrid.offset(from, step[0], step[1]);
        double d = grid.distance(from, to);
        if (d <= radius + RADIUS_SLACK) {
          st[2 * n] = HexGrid.i(to) - parity;
          st[2 * n + 1] = HexGrid.j(to);
          w[n++] = power == 2 ? 1 / (d * d) : 1 / Math.pow(d, power);
        }
      }
      steps[parity] = java.util.Arrays.copyOf(st, 2 * n);
      weights[parity] = java.util.Arrays.copyOf(w, n);
    }
  }

  /** A dense window over the measured cells and every cell within the radius of them. */
  private final class Window {
    final int i0;
    final int j0;
    final int width;
    final int height;
    final int[] rank;
    final double[] sumW;
    final double[] sumWr;
    final int[] count;

    Window(Map<Long, Integer> measured) {
      int minI = Integer.MAX_VALUE;
      int maxI = Integer.MIN_VALUE;
      int minJ = Integer.MAX_VALUE;
      int maxJ = Integer.MIN_VALUE;
      for (long key : measured.keySet()) {
        minI = Math.min(minI, HexGrid.i(key));
        maxI = Math.max(maxI, HexGrid.i(key));
        minJ = Math.min(minJ, HexGrid.j(key));
        maxJ = Math.max(maxJ, HexGrid.j(key));
      }
      int margin = 2 * rings + 2;
      i0 = minI - margin;
      j0 = minJ - margin;
      width = maxI - minI + 2 * margin + 1;
      height = maxJ - minJ + 2 * margin + 1;
      int size = Math.multiplyExact(width, height);
      rank = new int[size];
      java.util.Arrays.fill(rank, -1);
      sumW = new double[size];
      sumWr = new double[size];
      count = new int[size];
      for (Map.Entry<Long, Integer> m : measured.entrySet()) {
        rank[index(HexGrid.i(m.getKey()), HexGrid.j(m.getKey()))] = m.getValue();
      }
    }

    int index(int i, int j) {
      return (i - i0) * height + (j - j0);
    }

    long key(int index) {
      return HexGrid.key(index / height + i0, index % height + j0);
    }

    /**
     * Adds the rank of cell (i, j) to the sums of the cells around it that {@code into} accepts.
     */
    void spread(int i, int j, int r, java.util.function.IntPredicate into) {
      int parity = i & 1;
      int[] st = steps[parity];
      double[] w = weights[parity];
      for (int n = 0; n < w.length; n++) {
        int to = index(i + st[2 * n], j + st[2 * n + 1]);
        if (into.test(to)) {
          sumW[to] += w[n];
          sumWr[to] += w[n] * r;
          count[to]++;
        }
      }
    }

    /** The rounded weighted mean of a cell, or -1 when too few measured cells are near. */
    int estimate(int index) {
      if (count[index] < minNeighbours) {
        return -1;
      }
      // a tie (x.5) rounds up, also when rounding errors of the distances make it x.4999…
      return (int) Math.floor(sumWr[index] / sumW[index] + 0.5 + 1e-9);
    }
  }

  /** Told of each column band: its columns [from, to) and the measured cells that reach it. */
  @FunctionalInterface
  private interface BandAction {
    void run(int from, int to, Map<Long, Integer> reaching);
  }

  /**
   * Splits the measured cells into bands of at most {@code bandColumns} columns, so that the dense
   * window of a band stays small however far apart the surveys lie.
   */
  private void forEachBand(Map<Long, Integer> measured, BandAction action) {
    int minI = Integer.MAX_VALUE;
    int maxI = Integer.MIN_VALUE;
    for (long key : measured.keySet()) {
      minI = Math.min(minI, HexGrid.i(key));
      maxI = Math.max(maxI, HexGrid.i(key));
    }
    int reach = rings + 1;
    for (long from = (long) minI - reach; from <= (long) maxI + reach; from += bandColumns) {
      long to = from + bandColumns;
      Map<Long, Integer> reaching = new HashMap<>();
      for (Map.Entry<Long, Integer> m : measured.entrySet()) {
        int i = HexGrid.i(m.getKey());
        if (i >= from - reach && i < to + reach) {
          reaching.put(m.getKey(), m.getValue());
        }
      }
      if (!reaching.isEmpty()) {
        action.run((int) from, (int) Math.min(to, Integer.MAX_VALUE), reaching);
      }
    }
  }

  private static boolean inBand(long key, int from, int to) {
    int i = HexGrid.i(key);
    return i >= from && i < to;
  }

  /** Estimated ranks of the unmeasured cells near the measured ones (cell key to rank). */
  Map<Long, Integer> estimate(Map<Long, Integer> measured) {
    Map<Long, Integer> ranks = new HashMap<>();
    forEachBand(
        measured,
        (from, to, reaching) -> {
          Window w = new Window(reaching);
          for (Map.Entry<Long, Integer> m : reaching.entrySet()) {
            w.spread(
                HexGrid.i(m.getKey()), HexGrid.j(m.getKey()), m.getValue(), c -> w.rank[c] < 0);
          }
          for (int index = 0; index < w.count.length; index++) {
            int r = w.rank[index] < 0 ? w.estimate(index) : -1;
            if (r >= 0 && inBand(w.key(index), from, to)) {
              ranks.put(w.key(index), r);
            }
          }
        });
    return ranks;
  }

  /**
   * The k-fold agreement check: each measured cell estimated from the measured cells of the other
   * folds only, compared with its measured rank.
   */
  Agreement agreement(Map<Long, Integer> measured, Map<Long, Integer> samples, int folds) {
    long[] counts = new long[5];
    forEachBand(
        measured,
        (from, to, reaching) -> {
          Window w = new Window(reaching);
          int[] fold = new int[w.rank.length];
          for (long key : reaching.keySet()) {
            fold[w.index(HexGrid.i(key), HexGrid.j(key))] = fold(key, folds);
          }
          for (Map.Entry<Long, Integer> m : reaching.entrySet()) {
            int own = fold(m.getKey(), folds);
            w.spread(
                HexGrid.i(m.getKey()),
                HexGrid.j(m.getKey()),
                m.getValue(),
                c -> w.rank[c] >= 0 && fold[c] != own);
          }
          for (Map.Entry<Long, Integer> m : reaching.entrySet()) {
            if (!inBand(m.getKey(), from, to)) {
              continue;
            }
            int predicted = w.estimate(w.index(HexGrid.i(m.getKey()), HexGrid.j(m.getKey())));
            if (predicted < 0) {
              continue;
            }
            int actual = m.getValue();
            int n = samples.getOrDefault(m.getKey(), 0);
            counts[0]++;
            counts[3] += n;
            if (actual == predicted) {
              counts[1]++;
              counts[4] += n;
            }
            if (Math.abs(actual - predicted) <= 1) {
              counts[2]++;
            }
          }
        });
    return new Agreement(
        folds,
        measured.size(),
        (int) counts[0],
        (int) counts[1],
        (int) counts[2],
        counts[3],
        counts[4]);
  }

  /** The fold of a cell: a hash of its key, so that folds are spread over the map. */
  static int fold(long key, int folds) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) Math.floorMod(h ^ (h >>> 29), (long) folds);
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
