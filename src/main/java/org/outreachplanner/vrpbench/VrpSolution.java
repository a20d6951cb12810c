package org.outreachplanner.vrpbench;

import java.util.List;

/**
 * Routes of a solution: for each, its day (0 for Solomon) and its customers in order, by their
 * numbers in the instance; each route starts and ends at the depot.
 */
public record VrpSolution(List<Route> routes) {

  public record Route(int day, List<Integer> customers) {}
}
