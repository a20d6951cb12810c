package org.outreachplanner.schedule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;

/** The changes between two plans of an area and week, for planners and team leads. */
final class PlanDiff {

  private PlanDiff() {}

  /**
   * What changed between a plan and the plan it re-planned (or the area's published plan for the
   * week): visits added, removed, and moved to another team or day.
   */
  static Map<String, Object> of(ScheduleRepository repository, long id) {
    ScheduleRepository.Plan plan =
        repository
            .find(id)
            .orElseThrow(
                () -> new ApiException(HttpStatus.NOT_FOUND, ScheduleRepository.unknown(id)));
    Long old =
        plan.basedOn() != null
            ? plan.basedOn()
            : repository
                .published(plan.areaKind(), plan.areaCode(), plan.firstWeek())
                .map(ScheduleRepository.Plan::id)
                .filter(p -> p != id)
                .orElse(null);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("schedule", id);
    out.put("compared_with", old);
    List<ScheduleRepository.VisitRow> now = repository.visits(id);
    List<ScheduleRepository.VisitRow> before = old == null ? List.of() : repository.visits(old);
    Set<String> nowKeys = new HashSet<>();
    now.forEach(v -> nowKeys.add(key(v)));
    Set<String> beforeKeys = new HashSet<>();
    before.forEach(v -> beforeKeys.add(key(v)));
    List<Map<String, Object>> added = new ArrayList<>();
    List<Map<String, Object>> removed = new ArrayList<>();
    List<Map<String, Object>> moved = new ArrayList<>();
    Map<String, ScheduleRepository.VisitRow> removedByVillage = new LinkedHashMap<>();
    for (ScheduleRepository.VisitRow v : before) {
      if (!nowKeys.contains(key(v))) {
        removedByVillage.putIfAbsent(v.village() + "#" + removedByVillage.size(), v);
      }
    }
    List<ScheduleRepository.VisitRow> gone = new ArrayList<>(removedByVillage.values());
    for (ScheduleRepository.VisitRow v : now) {
      if (beforeKeys.contains(key(v))) {
        continue;
      }
      ScheduleRepository.VisitRow from =
          gone.stream().filter(g -> g.village().equals(v.village())).findFirst().orElse(null);
      if (from != null) {
        gone.remove(from);
        Map<String, Object> m = change(v);
        m.put("from_team", from.team());
        m.put("from_date", from.date().toString());
        moved.add(m);
      } else {
        added.add(change(v));
      }
    }
    gone.forEach(g -> removed.add(change(g)));
    out.put("added", added);
    out.put("removed", removed);
    out.put("moved", moved);
    out.put("unchanged", now.stream().filter(v -> beforeKeys.contains(key(v))).count());
    return out;
  }

  private static String key(ScheduleRepository.VisitRow v) {
    return v.team() + "|" + v.village() + "|" + v.date();
  }

  private static Map<String, Object> change(ScheduleRepository.VisitRow v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("village", v.village());
    m.put("team", v.team());
    m.put("date", v.date().toString());
    return m;
  }
}
