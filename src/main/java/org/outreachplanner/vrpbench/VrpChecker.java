package org.outreachplanner.vrpbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a solution against every rule of its instance, independently of the solver's model: each
 * customer visited its frequency of times on the days of one allowed combination, at most the
 * vehicles a day, each route within the capacity, the duration limit and the time windows (service
 * starting by the due time, back at the depot by its due time), and recomputes the distance
 * (Euclidean, unrounded). A small tolerance absorbs floating-point sums only.
 */
public final class VrpChecker {

  static final double EPSILON = 1e-6;

  private VrpChecker() {}

  /**
   * The verdict.
   *
   * @param distance total distance of the routes
   * @param vehicles routes used (for several days: the most used on one day)
   * @param violations what breaks the rules, empty when the solution is valid
   */
  public record Report(double distance, int vehicles, List<String> violations) {
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  public static Report check(VrpInstance instance, VrpSolution solution) {
    List<String> violations = new ArrayList<>();
    Map<Integer, Long> daysOf = new HashMap<>();
    Map<Integer, Integer> visits = new HashMap<>();
    int[] routesPerDay = new int[instance.days()];
    double distance = 0;
    for (int r = 0; r < solution.routes().size(); r++) {
      VrpSolution.Route route = solution.routes().get(r);
      if (route.customers().isEmpty()) {
        continue;
      }
      if (route.day() < 0 || route.day() >= instance.days()) {
        violations.add("route " + r + ": day " + route.day() + " is outside the horizon");
        continue;
      }
      routesPerDay[route.day()]++;
      distance += route(instance, route, r, violations);
      for (int c : route.customers()) {
        if (c < 1 || c > instance.customers()) {
          continue;
        }
        visits.merge(c, 1, Integer::sum);
        long bit = 1L << route.day();
        long before = daysOf.getOrDefault(c, 0L);
        if ((before & bit) != 0) {
          violations.add("customer " + c + ": visited twice on day " + route.day());
        }
        daysOf.put(c, before | bit);
      }
    }
    int most = 0;
    for (int d = 0; d < routesPerDay.length; d++) {
      most = Math.max(most, routesPerDay[d]);
      if (routesPerDay[d] > instance.vehicles()) {
        violations.add(
            "day " + d + ": " + routesPerDay[d] + " routes, " + instance.vehicles() + " vehicles");
      }
    }
    for (int c = 1; c <= instance.customers(); c++) {
      frequency(instance.nodes().get(c), visits, daysOf, violations);
    }
    return new Report(distance, most, List.copyOf(violations));
  }

  private static void frequency(
      VrpInstance.Node node,
      Map<Integer, Integer> visits,
      Map<Integer, Long> daysOf,
      List<String> violations) {
    int c = node.id();
    int n = visits.getOrDefault(c, 0);
    if (n != node.frequency()) {
      violations.add("customer " + c + ": visited " + n + " times, needs " + node.frequency());
      return;
    }
    long days = daysOf.getOrDefault(c, 0L);
    for (long allowed : node.combinations()) {
      if (allowed == days) {
        return;
      }
    }
    violations.add("customer " + c + ": days " + Long.toBinaryString(days) + " are no combination");
  }

  /** One route's distance; its violations added. */
  private static double route(
      VrpInstance instance, VrpSolution.Route route, int r, List<String> violations) {
    VrpInstance.Node depot = instance.depot();
    double time = depot.ready();
    double length = 0;
    double work = 0;
    int load = 0;
    int at = 0;
    for (int c : route.customers()) {
      if (c < 1 || c > instance.customers()) {
        violations.add("route " + r + ": no customer " + c);
        continue;
      }
      VrpInstance.Node node = instance.nodes().get(c);
      double leg = instance.distance(at, c);
      length += leg;
      work += leg + node.service();
      double start = Math.max(time + leg, node.ready());
      if (start > node.due() + EPSILON) {
        violations.add(
            "route " + r + ": customer " + c + " served at " + start + ", due " + node.due());
      }
      time = start + node.service();
      load += node.demand();
      at = c;
    }
    double back = instance.distance(at, 0);
    length += back;
    work += back;
    if (time + back > depot.due() + EPSILON) {
      violations.add("route " + r + ": back at " + (time + back) + ", depot closes " + depot.due());
    }
    if (load > instance.capacity()) {
      violations.add("route " + r + ": load " + load + " over capacity " + instance.capacity());
    }
    if (instance.maxDuration() > 0 && work > instance.maxDuration() + EPSILON) {
      violations.add("route " + r + ": duration " + work + " over " + instance.maxDuration());
    }
    return length;
  }
}
