package org.outreachplanner.traveltime;

import java.util.List;

/**
 * What a computation did with one area's matrix for one mode, season and closure set.
 *
 * @param area the area
 * @param key the matrix
 * @param computed false when its inputs had not changed and the stored matrix was kept
 * @param pairs rows stored (ordered pairs with a time)
 * @param unreachable ordered pairs no way joins
 * @param beyondLimit ordered pairs joined only by ways longer than the time limit
 * @param millis time taken to compute and store it
 * @param unreachablePlaces when some pairs are unreachable: the places to blame, and why
 */
public record AreaOutcome(
    PlanningArea area,
    AreaKey key,
    boolean computed,
    int pairs,
    int unreachable,
    int beyondLimit,
    long millis,
    List<UnreachablePlace> unreachablePlaces) {

  static AreaOutcome unchanged(PlanningArea area, AreaKey key) {
    return new AreaOutcome(area, key, false, 0, 0, 0, 0, List.of());
  }

  static AreaOutcome computed(
      PlanningArea area,
      AreaKey key,
      int stored,
      PairCounts counts,
      long millis,
      List<UnreachablePlace> unreachablePlaces) {
    return new AreaOutcome(
        area,
        key,
        true,
        stored,
        counts.unreachable(),
        counts.beyondLimit(),
        millis,
        unreachablePlaces);
  }
}
