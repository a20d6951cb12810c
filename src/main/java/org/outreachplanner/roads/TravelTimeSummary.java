package org.outreachplanner.roads;

import java.util.List;

/** What a travel-time computation did, area by area, and how long it took in all. */
public record TravelTimeSummary(List<AreaOutcome> outcomes, long millis) {

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
