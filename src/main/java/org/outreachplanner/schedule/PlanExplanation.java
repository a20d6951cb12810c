package org.outreachplanner.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.solver.ScheduleConstraints;

/**
 * What a finished plan says about itself: the score of every rule with its matches, the visits
 * needed, planned and kept, the teams' capacity, and why each village left out was left out. The
 * human parts (reasons, priority reasons, notes) are stored as texts, key and arguments, and
 * written in the reader's language by {@link PlanTexts}.
 */
final class PlanExplanation {

  private PlanExplanation() {}

  static Map<String, Object> of(
      ScheduleProblem problem,
      Schedule best,
      ScoreExplanation<Schedule, HardMediumSoftLongScore> explanation,
      List<Text> notes) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Map<String, Object>> constraints = new ArrayList<>();
    Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new LinkedHashMap<>();
    if (explanation != null) {
      explanation
          .getConstraintMatchTotalMap()
          .values()
          .forEach(t -> totals.put(t.getConstraintName(), t));
    }
    for (String name : ScheduleConstraints.NAMES) {
      ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.get(name);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("constraint", name);
      c.put("level", ScheduleConstraints.level(name));
      c.put(
          "score",
          total == null ? HardMediumSoftLongScore.ZERO.toString() : total.getScore().toString());
      c.put("matches", total == null ? 0 : total.getConstraintMatchCount());
      constraints.add(c);
    }
    constraints.sort(
        (a, b) -> ((String) a.get("constraint")).compareTo((String) b.get("constraint")));
    out.put("constraints", constraints);
    out.put("visits_needed", best.getVisits().size());
    out.put("visits_planned", best.assignedCount());
    out.put("visits_kept", problem.kept().size());
    out.put(
        "capacity",
        LeftOutReasons.capacity(best, best.getTeamDays().stream().filter(TeamDay::real).toList()));
    out.put("teams", best.getTeams().size());
    out.put("villages_needing_visits", best.getVillages().size());
    out.put("villages_done", problem.villagesDone());
    List<Map<String, Object>> leftOut = new ArrayList<>();
    for (LeftOutReasons.LeftOut l : LeftOutReasons.of(best)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("village", l.village());
      m.put("name", l.name());
      m.put("visits_needed", l.visitsNeeded());
      m.put("visits_planned", l.visitsPlanned());
      m.put("households_waiting", l.households());
      m.put("priority", l.priority());
      m.put("priority_reasons", l.priorityReasons().toStored());
      m.put("reason_code", l.reasonCode());
      m.put("reason", l.reason().toStored());
      leftOut.add(m);
    }
    out.put("left_out", leftOut);
    out.put("notes", notes.stream().map(Text::toStored).toList());
    return out;
  }
}
