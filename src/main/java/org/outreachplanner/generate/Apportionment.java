package org.outreachplanner.generate;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Splits a whole-number total into whole-number shares proportional to weights, each share within
 * its own bounds, so that the shares add up to the total exactly (largest-remainder method). This
 * is how the published totals (25,043 households, 1,678 eligible residents…) are met to the unit.
 */
final class Apportionment {

  private Apportionment() {}

  static int[] split(long total, double[] weights, int min, int max) {
    int[] mins = new int[weights.length];
    int[] maxs = new int[weights.length];
    Arrays.fill(mins, min);
    Arrays.fill(maxs, max);
    return split(total, weights, mins, maxs);
  }

  static int[] split(long total, double[] weights, int[] min, int[] max) {
    int n = weights.length;
    long lowest = 0;
    long highest = 0;
    for (int i = 0; i < n; i++) {
      lowest += min[i];
      highest += max[i];
    }
    if (total < lowest || total > highest) {
      throw new IllegalArgumentException(
          "cannot split " + total + " into " + n + " shares between " + lowest + " and " + highest);
    }
    double weightSum = Arrays.stream(weights).sum();
    double[] ideal = new double[n];
    int[] shares = new int[n];
    long assigned = 0;
    for (int i = 0; i < n; i++) {
      ideal[i] = weightSum > 0 ? total * (weights[i] / weightSum) : (double) total / n;
      shares[i] = (int) Math.max(min[i], Math.min(max[i], (long) Math.floor(ideal[i])));
      assigned += shares[i];
    }
    adjust(shares, ideal, min, max, total - assigned);
    return shares;
  }

  /**
   * Adds or removes single units where a share lies furthest from its ideal, index breaking ties.
   */
  private static void adjust(int[] shares, double[] ideal, int[] min, int[] max, long difference) {
    int step = difference > 0 ? 1 : -1;
    PriorityQueue<Integer> queue =
        new PriorityQueue<>(
            Math.max(1, shares.length),
            (a, b) -> {
              int byGap = Double.compare(gap(shares, ideal, b, step), gap(shares, ideal, a, step));
              return byGap != 0 ? byGap : Integer.compare(a, b);
            });
    for (int i = 0; i < shares.length; i++) {
      queue.add(i);
    }
    while (difference != 0) {
      int i = queue.poll();
      boolean room = step > 0 ? shares[i] < max[i] : shares[i] > min[i];
      if (room) {
        shares[i] += step;
        difference -= step;
        queue.add(i);
      }
    }
  }

  private static double gap(int[] shares, double[] ideal, int i, int step) {
    return step > 0 ? ideal[i] - shares[i] : shares[i] - ideal[i];
  }
}
