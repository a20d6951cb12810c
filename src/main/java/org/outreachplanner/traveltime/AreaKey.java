package org.outreachplanner.traveltime;

import org.outreachplanner.network.Season;
import org.outreachplanner.network.TravelMode;

/** One stored matrix: a planning area's times for a mode, season and set of closures. */
record AreaKey(
    PlanningArea.Kind areaKind,
    String areaCode,
    TravelMode mode,
    Season season,
    String closureSet) {

  static AreaKey of(PlanningArea area, NetworkSnapshot network) {
    return new AreaKey(
        area.kind(), area.code(), network.mode(), network.season(), network.closureSet());
  }

  @Override
  public String toString() {
    return areaKind.code()
        + " "
        + areaCode
        + " "
        + mode.code()
        + "/"
        + season.code()
        + (closureSet.isEmpty() ? "" : " closures " + closureSet);
  }
}
