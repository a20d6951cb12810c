package org.outreachplanner.schedule.domain;

import java.util.Objects;
import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps each visit's arrival time up to date when it moves: from the start of the team's day plus
 * the way from the base, or from the previous visit's departure plus the way between; then the
 * visits after it, until one's arrival does not change.
 */
public class ArrivalListener implements VariableListener<Schedule, Visit> {

  private static final String ARRIVAL = "arrival";

  @Override
  public void beforeVariableChanged(ScoreDirector<Schedule> scoreDirector, Visit visit) {}

  @Override
  public void afterVariableChanged(ScoreDirector<Schedule> scoreDirector, Visit visit) {
    if (!visit.assigned()) {
      set(scoreDirector, visit, null);
      return;
    }
    Visit current = visit;
    Integer arrival = arrivalOf(current);
    while (current != null && !Objects.equals(current.getArrival(), arrival)) {
      set(scoreDirector, current, arrival);
      Integer departure = arrival == null ? null : current.departure();
      current = current.getNext();
      if (current != null) {
        arrival = departure == null ? null : departure + current.travelIn();
      }
    }
  }

  private static Integer arrivalOf(Visit visit) {
    Visit previous = visit.getPrevious();
    if (previous == null) {
      return visit.getTeamDay().getTeam().dayStart() + visit.travelIn();
    }
    // the previous visit is updated by its own notification, which then carries on to this one
    return previous.getArrival() == null ? null : previous.departure() + visit.travelIn();
  }

  private static void set(ScoreDirector<Schedule> scoreDirector, Visit visit, Integer arrival) {
    if (Objects.equals(visit.getArrival(), arrival)) {
      return;
    }
    scoreDirector.beforeVariableChanged(visit, ARRIVAL);
    visit.setArrival(arrival);
    scoreDirector.afterVariableChanged(visit, ARRIVAL);
  }

  @Override
  public void beforeEntityAdded(ScoreDirector<Schedule> scoreDirector, Visit visit) {}

  @Override
  public void afterEntityAdded(ScoreDirector<Schedule> scoreDirector, Visit visit) {
    afterVariableChanged(scoreDirector, visit);
  }

  @Override
  public void beforeEntityRemoved(ScoreDirector<Schedule> scoreDirector, Visit visit) {}

  @Override
  public void afterEntityRemoved(ScoreDirector<Schedule> scoreDirector, Visit visit) {}
}
