package org.outreachplanner.schedule;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes between a plan and the plan it re-planned (or the area's published plan for the
 * week), for planners and team leads: visits added, removed, and moved to another team or day.
 *
 * @param schedule the plan
 * @param comparedWith the plan it is compared with, or null (then every visit is added)
 * @param added visits of a village the other plan did not visit as often
 * @param removed visits of the other plan this one does not make
 * @param moved visits made by another team or on another day
 * @param unchanged visits by the same team in the same village on the same day
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record PlanDiff(
    long schedule,
    Long comparedWith,
    List<Change> added,
    List<Change> removed,
    List<Move> moved,
    long unchanged) {

  /** A visit added or removed. */
  record Change(String village, String team, String date) {}

  /** A visit moved: where it is now and where it was. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Move(String village, String team, String date, String fromTeam, String fromDate) {}

  static PlanDiff of(Plan plan, PlanRepository plans, PlanVisitRepository visits) {
    long id = plan.id();
    // a published plan is compared with the one it replaced, so its changes read the same as
    // they did in its review before publishing
    Long old =
        plan.basedOn() != null
            ? plan.basedOn()
            : plan.publishedAt() != null
                ? plans.replaced(plan).map(Plan::id).orElse(null)
                : plans
                    .published(plan.areaKind(), plan.areaCode(), plan.firstWeek())
                    .map(Plan::id)
                    .filter(p -> p != id)
                    .orElse(null);
    List<PlanVisitRepository.VisitRow> now = visits.visits(id);
    List<PlanVisitRepository.VisitRow> before = old == null ? List.of() : visits.visits(old);
    Set<String> nowKeys = new HashSet<>();
    now.forEach(v -> nowKeys.add(key(v)));
    Set<String> beforeKeys = new HashSet<>();
    before.forEach(v -> beforeKeys.add(key(v)));
    List<Change> added = new ArrayList<>();
    List<Move> moved = new ArrayList<>();
    Map<String, PlanVisitRepository.VisitRow> removedByVillage = new LinkedHashMap<>();
    for (PlanVisitRepository.VisitRow v : before) {
      if (!nowKeys.contains(key(v))) {
        removedByVillage.putIfAbsent(v.village() + "#" + removedByVillage.size(), v);
      }
    }
    List<PlanVisitRepository.VisitRow> gone = new ArrayList<>(removedByVillage.values());
    for (PlanVisitRepository.VisitRow v : now) {
      if (beforeKeys.contains(key(v))) {
        continue;
      }
      PlanVisitRepository.VisitRow from =
          gone.stream().filter(g -> g.village().equals(v.village())).findFirst().orElse(null);
      if (from != null) {
        gone.remove(from);
        moved.add(
            new Move(
                v.village(), v.team(), v.date().toString(), from.team(), from.date().toString()));
      } else {
        added.add(change(v));
      }
    }
    List<Change> removed = gone.stream().map(PlanDiff::change).toList();
    long unchanged = now.stream().filter(v -> beforeKeys.contains(key(v))).count();
    return new PlanDiff(id, old, added, removed, moved, unchanged);
  }

  private static String key(PlanVisitRepository.VisitRow v) {
    return v.team() + "|" + v.village() + "|" + v.date();
  }

  private static Change change(PlanVisitRepository.VisitRow v) {
    return new Change(v.village(), v.team(), v.date().toString());
  }
}
