package org.outreachplanner.vrppeers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.outreachplanner.vrpbench.VrpInstance;

/**
 * How the peers, which have no visit patterns, solve a periodic instance: each customer's day
 * combination is fixed first (customers by falling demand times frequency, each given the
 * combination that keeps the busiest day's demand lowest), then each day is solved as a plain
 * VRP with its share of the time limit.
 */
final class DayPlans {

  private DayPlans() {}

  /** For each day, the customers visited that day. */
  static List<List<Integer>> fix(VrpInstance instance) {
    int t = instance.days();
    long[] load = new long[t];
    List<List<Integer>> days = new ArrayList<>();
    for (int d = 0; d < t; d++) {
      days.add(new ArrayList<>());
    }
    List<VrpInstance.Node> order = new ArrayList<>(instance.nodes().subList(1, instance.nodes().size()));
    order.sort(Comparator.comparingLong((VrpInstance.Node n) -> -(long) n.demand() * n.frequency()));
    for (VrpInstance.Node n : order) {
      long best = -1;
      long bestPeak = Long.MAX_VALUE;
      for (long c : n.combinations()) {
        long peak = 0;
        for (int d = 0; d < t; d++) {
          peak = Math.max(peak, load[d] + ((c >>> d & 1) != 0 ? n.demand() : 0));
        }
        if (peak < bestPeak) {
          bestPeak = peak;
          best = c;
        }
      }
      for (int d = 0; d < t; d++) {
        if ((best >>> d & 1) != 0) {
          load[d] += n.demand();
          days.get(d).add(n.id());
        }
      }
    }
    return days;
  }
}
