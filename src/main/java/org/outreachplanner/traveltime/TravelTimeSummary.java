package org.outreachplanner.traveltime;

import java.util.List;
import org.outreachplanner.network.NetworkReport;

/**
 * What a travel-time computation did, area by area, and how long it took in all.
 *
 * @param outcomes what was done for each area, mode and season
 * @param networkBuild the report of the network build done first because the network was missing or
 *     out of date, or null
 * @param millis time taken in all
 */
public record TravelTimeSummary(
    List<AreaOutcome> outcomes, NetworkReport networkBuild, long millis) {

  public long computedAreas() {
    return outcomes.stream().filter(AreaOutcome::computed).count();
  }

  public long unchangedAreas() {
    return outcomes.size() - computedAreas();
  }

  public long pairs() {
    return outcomes.stream().mapToLong(AreaOutcome::pairs).sum();
  }

  public long unreachable() {
    return outcomes.stream().mapToLong(AreaOutcome::unreachable).sum();
  }

  public long beyondLimit() {
    return outcomes.stream().mapToLong(AreaOutcome::beyondLimit).sum();
  }
}
