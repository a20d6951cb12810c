package org.outreachplanner.traveltime;

import org.outreachplanner.routing.Reachability;

/**
 * How the ordered pairs of an area's places without a time divide: those no way joins at all
 * (unreachable), and those joined only by a way longer than the time limit.
 */
record PairCounts(int unreachable, int beyondLimit) {

  static PairCounts of(
      PlanningArea area, TravelTimeMatrix matrix, NetworkSnapshot net, Reachability ways) {
    int n = matrix.size();
    int[] vertex = new int[n];
    for (int i = 0; i < n; i++) {
      vertex[i] = net.vertexOf(area.places().get(i));
    }
    int unreachable = 0;
    int beyond = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && !matrix.reachable(i, j)) {
          if (ways.reaches(vertex[i], vertex[j])) {
            beyond++;
          } else {
            unreachable++;
          }
        }
      }
    }
    return new PairCounts(unreachable, beyond);
  }
}
