package org.outreachplanner.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/**
 * Why each village left out (or only partly visited) was: the first of these that holds — no team;
 * no team speaks its language; no team can reach it at all; none can reach it and return within a
 * working day; its time windows leave no room; the teams that could are unavailable; or else the
 * teams' visits ran out and it is among the lowest priorities.
 */
final class LeftOutReasons {

  /** One village's outcome. */
  record LeftOut(
      String village,
      String name,
      int visitsNeeded,
      int visitsPlanned,
      int households,
      int priority,
      String priorityReasons,
      String reason) {}

  private LeftOutReasons() {}

  static List<LeftOut> of(Schedule schedule) {
    Map<VillageInfo, List<Visit>> byVillage = new LinkedHashMap<>();
    for (Visit v : schedule.getVisits()) {
      byVillage.computeIfAbsent(v.getVillage(), k -> new ArrayList<>()).add(v);
    }
    List<TeamDay> days = schedule.getTeamDays().stream().filter(TeamDay::real).toList();
    String horizon =
        schedule.getWeeks() == 1 ? "this week" : "in these " + schedule.getWeeks() + " weeks";
    int villagesNeeding = byVillage.size();
    int visitsNeeded = schedule.getVisits().size();
    int capacity = capacity(schedule, days);

    List<VillageInfo> capacityBound = new ArrayList<>();
    Map<VillageInfo, String> reasons = new LinkedHashMap<>();
    for (Map.Entry<VillageInfo, List<Visit>> e : byVillage.entrySet()) {
      VillageInfo village = e.getKey();
      int duration = e.getValue().get(0).getDuration();
      if (e.getValue().stream().allMatch(Visit::assigned)) {
        continue;
      }
      String reason = hardReason(schedule, days, village, duration);
      if (reason == null) {
        capacityBound.add(village);
      } else {
        reasons.put(village, reason);
      }
    }
    capacityBound.sort(Comparator.comparingInt(VillageInfo::priority));
    String capacityReason =
        String.format(
            "%d villages need %d visits %s; the teams can make %d; these %d have the lowest"
                + " priority",
            villagesNeeding, visitsNeeded, horizon, capacity, capacityBound.size());
    capacityBound.forEach(v -> reasons.put(v, capacityReason));

    List<LeftOut> out = new ArrayList<>();
    for (Map.Entry<VillageInfo, String> r : reasons.entrySet()) {
      VillageInfo v = r.getKey();
      List<Visit> visits = byVillage.get(v);
      int planned = (int) visits.stream().filter(Visit::assigned).count();
      int households =
          visits.stream().filter(x -> !x.assigned()).mapToInt(Visit::getHouseholdsExpected).sum();
      out.add(
          new LeftOut(
              v.code(),
              v.name(),
              visits.size(),
              planned,
              households,
              v.priority(),
              v.priorityReasons(),
              r.getValue()));
    }
    out.sort(Comparator.comparing(LeftOut::village));
    return out;
  }

  /** Visits the teams can make in the horizon: per team, its weekly limit or its free days. */
  static int capacity(Schedule schedule, List<TeamDay> days) {
    int total = 0;
    for (TeamInfo team : schedule.getTeams()) {
      for (int w = 0; w < schedule.getWeeks(); w++) {
        int week = w;
        long free =
            days.stream()
                .filter(
                    d -> d.getTeam().equals(team) && d.getWeekIndex() == week && d.isAvailable())
                .count();
        total += (int) Math.min(free, Math.max(0, team.maxVisitsPerWeek() - team.fixedVisits(w)));
      }
    }
    return total;
  }

  private static String hardReason(
      Schedule schedule, List<TeamDay> days, VillageInfo village, int duration) {
    if (schedule.getTeams().isEmpty()) {
      return "there are no teams in the area";
    }
    if (days.isEmpty()) {
      return "no team has a working day left in the horizon (all are taken by kept visits)";
    }
    if (village.languageRequired() != null
        && schedule.getTeams().stream().noneMatch(t -> t.speaks(village.languageRequired()))) {
      return "no team speaks " + village.languageRequired() + ", which the village requires";
    }
    Set<String> unreachedIn = new LinkedHashSet<>();
    Set<String> tooFarIn = new LinkedHashSet<>();
    boolean reachableDay = false;
    boolean windowDay = false;
    boolean availableDay = false;
    for (TeamDay d : days) {
      TeamInfo t = d.getTeam();
      if (!t.speaks(village.languageRequired())) {
        continue;
      }
      TravelTable travel = d.getTravel();
      String season = season(travel);
      int out = travel.minutes(t.basePlace(), village.place());
      int back = travel.minutes(village.place(), t.basePlace());
      if (!travel.reachable(t.basePlace(), village.place())) {
        unreachedIn.add(season);
        continue;
      }
      int needed = out + duration + (t.overnightAllowed() ? 0 : back);
      if (needed > t.dayMinutes()) {
        tooFarIn.add(season);
        continue;
      }
      reachableDay = true;
      int arrival = t.dayStart() + out;
      int start = village.windows().start(d.getIsoDay(), arrival, duration);
      int end = start + duration + (t.overnightAllowed() ? 0 : back);
      if (village.windows().violation(d.getIsoDay(), start, duration) > 0 || end > t.dayEnd()) {
        continue;
      }
      windowDay = true;
      if (d.isAvailable()) {
        availableDay = true;
      }
    }
    if (!reachableDay) {
      if (tooFarIn.isEmpty()) {
        return "no team can reach it by road in the "
            + String.join(" or ", unreachedIn)
            + " season";
      }
      return "no team can reach it and return within a working day in the "
          + String.join(" or ", tooFarIn)
          + " season";
    }
    if (!windowDay) {
      return "its time windows and market days leave no time for a visit of "
          + hours(duration)
          + " on the teams' working days";
    }
    if (!availableDay) {
      return "the teams that can reach it are unavailable on the days it could be visited";
    }
    return null;
  }

  private static String season(TravelTable travel) {
    String label = travel.label();
    int comma = label.indexOf(", ");
    return (comma < 0 ? label : label.substring(comma + 2)).replace(" season", "");
  }

  private static String hours(int minutes) {
    return minutes % 60 == 0
        ? (minutes / 60) + " h"
        : String.format("%d h %02d", minutes / 60, minutes % 60);
  }

  /** The villages by reason, for summaries. */
  static Map<String, List<String>> byReason(List<LeftOut> leftOut) {
    return leftOut.stream()
        .collect(
            Collectors.groupingBy(
                LeftOut::reason,
                LinkedHashMap::new,
                Collectors.mapping(LeftOut::village, Collectors.toList())));
  }
}
