package org.outreachplanner.schedule.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.schedule.domain.FixedVisit;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;

/**
 * What the ruin-and-recreate moves of one problem need again and again, read once: each village's
 * visits, the team-days a visit can go to, the holders of the visits left out, the days the kept
 * visits take, and each village's nearest villages (found when first asked).
 */
final class RuinContext {

  /** Nearest villages kept per village. */
  static final int NEAREST = 40;

  /**
   * A visit is put back only on the days of the teams whose bases are this many nearest to its
   * village (those at the same distance as the last too), of the teams that speak its language: in
   * a province of many teams the far ones would not take it, and trying them all costs most.
   */
  static final int NEAREST_TEAMS = 8;

  final Schedule schedule;
  final List<VillageInfo> villages;
  final Map<VillageInfo, List<Visit>> visitsOf = new LinkedHashMap<>();
  final List<TeamDay> days;
  final List<TeamDay> realDays;
  final List<TeamDay> holders;
  final Set<String> keptVillageDates = new HashSet<>();

  /** Per real team-day (as in {@link #realDays}) its team-week's number, 0 to teamWeeks - 1. */
  final int[] realDayWeek;

  /** Per team-day a visit can go to (as in {@link #days}) its team-week's number. */
  final int[] dayWeek;

  final int teamWeeks;

  /** Each real team-day's team-week number. */
  final Map<TeamDay, Integer> weekOf = new java.util.IdentityHashMap<>();

  private final Map<VillageInfo, VillageInfo[]> nearest = new HashMap<>();
  private final Map<VillageInfo, int[]> candidateDays = new HashMap<>();
  private final TravelTable travel;
  final int basePlace;

  RuinContext(Schedule s) {
    this.schedule = s;
    for (Visit v : s.getVisits()) {
      visitsOf.computeIfAbsent(v.getVillage(), k -> new ArrayList<>()).add(v);
    }
    this.villages = List.copyOf(visitsOf.keySet());
    this.realDays = s.getTeamDays().stream().filter(TeamDay::real).toList();
    this.days = realDays.stream().filter(TeamDay::isAvailable).toList();
    this.holders = s.getTeamDays().stream().filter(d -> !d.real()).toList();
    for (FixedVisit f : s.getFixedVisits()) {
      keptVillageDates.add(f.villageCode() + "|" + f.date());
    }
    Map<String, Integer> weeks = new HashMap<>();
    this.realDayWeek = new int[realDays.size()];
    for (int i = 0; i < realDays.size(); i++) {
      TeamDay d = realDays.get(i);
      realDayWeek[i] =
          weeks.computeIfAbsent(d.getTeam().code() + "|" + d.getWeekIndex(), k -> weeks.size());
      weekOf.put(d, realDayWeek[i]);
    }
    this.teamWeeks = weeks.size();
    this.dayWeek = new int[days.size()];
    for (int i = 0; i < days.size(); i++) {
      TeamDay d = days.get(i);
      dayWeek[i] = weeks.get(d.getTeam().code() + "|" + d.getWeekIndex());
    }
    this.travel = realDays.isEmpty() ? null : realDays.get(0).getTravel();
    this.basePlace = realDays.isEmpty() ? 0 : realDays.get(0).getTeam().basePlace();
  }

  /** Minutes between two villages (the first team-day's table), for nearness. */
  int minutes(VillageInfo a, VillageInfo b) {
    return travel == null ? 0 : travel.minutes(a.place(), b.place());
  }

  /** Minutes from the first team's base to the village. */
  int fromBase(VillageInfo v) {
    return travel == null ? 0 : travel.minutes(basePlace, v.place());
  }

  /** The village's nearest villages, nearest first. */
  VillageInfo[] nearest(VillageInfo v) {
    return nearest.computeIfAbsent(
        v,
        k -> {
          VillageInfo[] all =
              villages.stream().filter(o -> !o.equals(k)).toArray(VillageInfo[]::new);
          Arrays.sort(all, Comparator.comparingInt(o -> minutes(k, o)));
          return Arrays.copyOf(all, Math.min(NEAREST, all.length));
        });
  }

  /** The numbers (in {@link #days}) of the team-days a visit of the village may be put back on. */
  int[] candidateDays(VillageInfo village) {
    return candidateDays.computeIfAbsent(village, this::findCandidateDays);
  }

  private int[] findCandidateDays(VillageInfo village) {
    Map<TeamInfo, Integer> fromBase = new HashMap<>();
    for (TeamDay d : days) {
      if (d.getTeam().speaks(village.languageRequired())) {
        fromBase.putIfAbsent(
            d.getTeam(), d.getTravel().minutes(d.getTeam().basePlace(), village.place()));
      }
    }
    int[] sorted = fromBase.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    int limit = sorted.length == 0 ? 0 : sorted[Math.min(NEAREST_TEAMS, sorted.length) - 1];
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      Integer minutes = fromBase.get(days.get(i).getTeam());
      if (minutes != null && minutes <= limit) {
        chosen.add(i);
      }
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }
}
