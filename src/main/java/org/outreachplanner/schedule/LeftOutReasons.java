package org.outreachplanner.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.Season;
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
      Text priorityReasons,
      String reasonCode,
      Text reason) {}

  /** The codes of the reasons, each the end of a message key {@code schedules.leftOut.<code>}. */
  static final List<String> CODES =
      List.of(
          "noTeams",
          "noDays",
          "language",
          "unreachable",
          "tooFar",
          "windows",
          "unavailable",
          "capacity");

  private static final String KEY = "schedules.leftOut.";

  /** The season names are keys {@code schedules.season.<code>}. */
  static final String SEASON = "schedules.season.";

  private LeftOutReasons() {}

  /** The reason of this code with its arguments. */
  static Text reason(String code, Object... args) {
    if (!CODES.contains(code)) {
      throw new IllegalArgumentException("no reason has the code " + code);
    }
    return Text.of(KEY + code, args);
  }

  static List<LeftOut> of(Schedule schedule) {
    Map<VillageInfo, List<Visit>> byVillage = new LinkedHashMap<>();
    for (Visit v : schedule.getVisits()) {
      byVillage.computeIfAbsent(v.getVillage(), k -> new ArrayList<>()).add(v);
    }
    List<TeamDay> days = schedule.getTeamDays().stream().filter(TeamDay::real).toList();
    Text horizon =
        schedule.getWeeks() == 1
            ? Text.of("schedules.horizon.oneWeek")
            : Text.of("schedules.horizon.weeks", schedule.getWeeks());
    int villagesNeeding = byVillage.size();
    int visitsNeeded = schedule.getVisits().size();
    int capacity = capacity(schedule, days);

    List<VillageInfo> capacityBound = new ArrayList<>();
    Map<VillageInfo, Text> reasons = new LinkedHashMap<>();
    for (Map.Entry<VillageInfo, List<Visit>> e : byVillage.entrySet()) {
      VillageInfo village = e.getKey();
      int duration = e.getValue().get(0).getDuration();
      if (e.getValue().stream().allMatch(Visit::assigned)) {
        continue;
      }
      Text reason = hardReason(schedule, days, village, duration);
      if (reason == null) {
        capacityBound.add(village);
      } else {
        reasons.put(village, reason);
      }
    }
    capacityBound.sort(Comparator.comparingInt(VillageInfo::priority));
    Text capacityReason =
        reason("capacity", villagesNeeding, visitsNeeded, horizon, capacity, capacityBound.size());
    capacityBound.forEach(v -> reasons.put(v, capacityReason));

    List<LeftOut> out = new ArrayList<>();
    for (Map.Entry<VillageInfo, Text> r : reasons.entrySet()) {
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
              r.getValue().key().substring(KEY.length()),
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

  private static Text hardReason(
      Schedule schedule, List<TeamDay> days, VillageInfo village, int duration) {
    if (schedule.getTeams().isEmpty()) {
      return reason("noTeams");
    }
    if (days.isEmpty()) {
      return reason("noDays");
    }
    if (village.languageRequired() != null
        && schedule.getTeams().stream().noneMatch(t -> t.speaks(village.languageRequired()))) {
      return reason("language", village.languageRequired());
    }
    Set<Text> unreachedIn = new LinkedHashSet<>();
    Set<Text> tooFarIn = new LinkedHashSet<>();
    boolean reachableDay = false;
    boolean windowDay = false;
    boolean availableDay = false;
    for (TeamDay d : days) {
      TeamInfo t = d.getTeam();
      if (!t.speaks(village.languageRequired())) {
        continue;
      }
      TravelTable travel = d.getTravel();
      Text season = season(travel);
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
        return reason("unreachable", PlanTexts.fold("schedules.or", unreachedIn));
      }
      return reason("tooFar", PlanTexts.fold("schedules.or", tooFarIn));
    }
    if (!windowDay) {
      return reason("windows", hours(duration));
    }
    if (!availableDay) {
      return reason("unavailable");
    }
    return null;
  }

  /** The season of a travel table ("motorbike, rainy season, …" → rainy). */
  private static Text season(TravelTable travel) {
    String label = travel.label();
    int comma = label.indexOf(", ");
    String season = comma < 0 ? label : label.substring(comma + 2);
    int end = season.indexOf(" season");
    String code = end < 0 ? season : season.substring(0, end);
    return Arrays.stream(Season.values()).anyMatch(s -> s.code().equals(code))
        ? Text.of(SEASON + code)
        : Text.literal(code);
  }

  private static Text hours(int minutes) {
    return minutes % 60 == 0
        ? Text.of("schedules.duration.hours", String.valueOf(minutes / 60))
        : Text.of(
            "schedules.duration.hoursMinutes",
            String.valueOf(minutes / 60),
            String.format("%02d", minutes % 60));
  }
}
