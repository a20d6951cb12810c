package org.outreachplanner.vrpbench;

import java.util.List;

/**
 * A standard routing instance as its file gives it: Solomon's VRPTW (one day, time windows) or
 * Cordeau's periodic VRP (several days, visit frequencies and allowed day combinations). Node 0 is
 * the depot.
 *
 * @param name the instance's name (e.g. C101, p01)
 * @param vehicles vehicles available each day
 * @param capacity what a vehicle carries in a day
 * @param days days of the horizon (1 for Solomon)
 * @param maxDuration most travel and service time of a route (0: no limit)
 * @param nodes the depot, then the customers
 */
public record VrpInstance(
    String name, int vehicles, int capacity, int days, double maxDuration, List<Node> nodes) {

  /**
   * A depot or customer.
   *
   * @param id its number in the file
   * @param x abscissa
   * @param y ordinate
   * @param demand what each visit takes of the vehicle's capacity
   * @param service time spent at each visit
   * @param ready earliest start of service (the depot: of the day)
   * @param due latest start of service (the depot: latest return)
   * @param frequency visits needed in the horizon
   * @param combinations allowed visit days, each a bit mask (bit d: day d); every day for Solomon
   */
  public record Node(
      int id,
      double x,
      double y,
      int demand,
      double service,
      double ready,
      double due,
      int frequency,
      long[] combinations) {}

  public Node depot() {
    return nodes.get(0);
  }

  public int customers() {
    return nodes.size() - 1;
  }

  /** The Euclidean distance between nodes {@code i} and {@code j}, unrounded. */
  public double distance(int i, int j) {
    Node a = nodes.get(i);
    Node b = nodes.get(j);
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }
}
