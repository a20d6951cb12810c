package org.outreachplanner.schedule.solver;

import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.Visit;

/**
 * How near a visit is to where a move could put it, for the solver's nearby selection: the travel
 * minutes from the other visit's village (to go after it) or from a team-day's base (to go first in
 * it). Moves to near places are tried most often; the holders of visits left out are farthest.
 */
public class VisitNearness implements NearbyDistanceMeter<Visit, Object> {

  @Override
  public double getNearbyDistance(Visit origin, Object destination) {
    if (destination instanceof Visit other) {
      if (other.getTeamDay() == null || !other.getTeamDay().real()) {
        return Double.MAX_VALUE;
      }
      return other
          .getTeamDay()
          .getTravel()
          .minutes(other.getVillage().place(), origin.getVillage().place());
    }
    if (destination instanceof TeamDay day && day.real()) {
      return day.getTravel().minutes(day.getTeam().basePlace(), origin.getVillage().place());
    }
    return Double.MAX_VALUE;
  }
}
