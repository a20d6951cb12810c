package org.outreachplanner.schedule.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.Visit;

/**
 * Sets some team-days' lists of visits to given contents at once (every list told to the solver as
 * changed from its start to its end); its undo sets them back.
 */
final class ListsMove implements Move<Schedule> {

  static final String VISITS = "visits";

  private final Map<TeamDay, List<Visit>> targets;

  ListsMove(Map<TeamDay, List<Visit>> targets) {
    this.targets = targets;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<Schedule> director) {
    return true;
  }

  @Override
  public ListsMove doMove(ScoreDirector<Schedule> director) {
    Map<TeamDay, List<Visit>> before = new LinkedHashMap<>();
    for (TeamDay d : targets.keySet()) {
      before.put(d, new ArrayList<>(d.getVisits()));
      director.beforeListVariableChanged(d, VISITS, 0, d.getVisits().size());
    }
    for (Map.Entry<TeamDay, List<Visit>> e : targets.entrySet()) {
      List<Visit> list = e.getKey().getVisits();
      list.clear();
      list.addAll(e.getValue());
    }
    for (TeamDay d : targets.keySet()) {
      director.afterListVariableChanged(d, VISITS, 0, d.getVisits().size());
    }
    director.triggerVariableListeners();
    return new ListsMove(before);
  }

  @Override
  public Collection<?> getPlanningEntities() {
    return targets.keySet();
  }

  @Override
  public Collection<?> getPlanningValues() {
    Set<Object> visits = new LinkedHashSet<>();
    targets.values().forEach(visits::addAll);
    return visits;
  }

  @Override
  public String getSimpleMoveTypeDescription() {
    return "ListsMove";
  }

  @Override
  public String toString() {
    return "lists of " + targets.keySet();
  }
}
