package org.outreachplanner.schedule.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.outreachplanner.schedule.solver.ScheduleConstraints;

/**
 * A quick feasible start for the local search, in place of the solver's construction heuristic
 * (which tries every position of every visit and takes seconds on a province): visits by priority,
 * each given to the free team-day that breaks no hard rule at the least travel and workload, or
 * left out. Each team-day gets at most one visit here; the local search may combine them.
 */
public final class Initializer {

  /** Visits per left-out holder: short lists keep the solver's list bookkeeping cheap. */
  public static final int LEFT_OUT_PER_HOLDER = 20;

  private Initializer() {}

  /** Adds the holders of the visits left out, one per {@value #LEFT_OUT_PER_HOLDER} visits. */
  public static void addLeftOutHolders(Schedule s) {
    int holders =
        Math.max(1, (s.getVisits().size() + LEFT_OUT_PER_HOLDER - 1) / LEFT_OUT_PER_HOLDER);
    for (int i = 0; i < holders; i++) {
      s.getTeamDays().add(TeamDay.leftOut(i));
    }
  }

  /** Leaves every visit out: a feasible plan where nothing is planned. */
  public static void leaveAllOut(Schedule s) {
    for (TeamDay d : s.getTeamDays()) {
      d.getVisits().clear();
    }
    List<TeamDay> holders = s.getTeamDays().stream().filter(d -> !d.real()).toList();
    for (int i = 0; i < s.getVisits().size(); i++) {
      holders.get(i % holders.size()).getVisits().add(s.getVisits().get(i));
    }
    deriveShadows(s);
  }

  /** Builds the start plan described above. */
  public static void initialize(Schedule s) {
    for (TeamDay d : s.getTeamDays()) {
      d.getVisits().clear();
    }
    List<TeamDay> holders = s.getTeamDays().stream().filter(d -> !d.real()).toList();
    List<TeamDay> days = s.getTeamDays().stream().filter(d -> d.real() && d.isAvailable()).toList();
    Set<String> villageDays = new HashSet<>();
    for (FixedVisit f : s.getFixedVisits()) {
      villageDays.add(f.villageCode() + "|" + f.date());
    }
    Map<String, Integer> teamWeek = new HashMap<>();
    Map<TeamInfo, Integer> teamTotal = new HashMap<>();
    Map<VillageInfo, List<Integer>> villageDayIndexes = new HashMap<>();
    List<Visit> order = new ArrayList<>(s.getVisits());
    order.sort(
        Comparator.comparingInt((Visit v) -> -v.getVillage().priority())
            .thenComparingInt(Visit::getOrdinal));
    int leftOut = 0;
    for (Visit v : order) {
      VillageInfo village = v.getVillage();
      TeamDay best = null;
      long bestCost = Long.MAX_VALUE;
      for (TeamDay d : days) {
        if (!d.getVisits().isEmpty()) {
          continue;
        }
        TeamInfo t = d.getTeam();
        String week = t.code() + "|" + d.getWeekIndex();
        if (!t.speaks(village.languageRequired())
            || teamWeek.getOrDefault(week, 0) + t.fixedVisits(d.getWeekIndex())
                >= t.maxVisitsPerWeek()
            || villageDays.contains(village.code() + "|" + d.getDate())) {
          continue;
        }
        TravelTable travel = d.getTravel();
        int out = travel.minutes(t.basePlace(), village.place());
        int back = t.overnightAllowed() ? 0 : travel.minutes(village.place(), t.basePlace());
        int arrival = t.dayStart() + out;
        int start = village.windows().start(d.getIsoDay(), arrival, v.getDuration());
        if (village.windows().violation(d.getIsoDay(), start, v.getDuration()) > 0
            || start + v.getDuration() + back > t.dayEnd()) {
          continue;
        }
        long cost = out + back;
        int total = teamTotal.getOrDefault(t, 0);
        cost += (long) ScheduleConstraints.FAIR_WEIGHT * (2L * total + 1);
        for (int other : villageDayIndexes.getOrDefault(village, List.of())) {
          int gap = Math.abs(other - d.getDayIndex());
          if (gap < ScheduleConstraints.SPREAD_DAYS) {
            cost +=
                (long) ScheduleConstraints.SPREAD_WEIGHT * (ScheduleConstraints.SPREAD_DAYS - gap);
          }
        }
        if (v.getPublishedDate() != null
            && !(t.code().equals(v.getPublishedTeam())
                && d.getDate().equals(v.getPublishedDate()))) {
          cost += ScheduleConstraints.STABILITY_WEIGHT;
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = d;
        }
      }
      if (best == null) {
        holders.get(leftOut++ % holders.size()).getVisits().add(v);
        continue;
      }
      best.getVisits().add(v);
      TeamInfo t = best.getTeam();
      teamWeek.merge(t.code() + "|" + best.getWeekIndex(), 1, Integer::sum);
      teamTotal.merge(t, 1, Integer::sum);
      villageDays.add(village.code() + "|" + best.getDate());
      villageDayIndexes.computeIfAbsent(village, k -> new ArrayList<>()).add(best.getDayIndex());
    }
    deriveShadows(s);
  }

  /** Sets each visit's team-day, neighbours and arrival from the lists, as the solver would. */
  static void deriveShadows(Schedule s) {
    for (TeamDay d : s.getTeamDays()) {
      List<Visit> list = d.getVisits();
      for (int i = 0; i < list.size(); i++) {
        Visit v = list.get(i);
        v.setTeamDay(d);
        v.setPrevious(i == 0 ? null : list.get(i - 1));
        v.setNext(i == list.size() - 1 ? null : list.get(i + 1));
        if (!d.real()) {
          v.setArrival(null);
        } else if (i == 0) {
          v.setArrival(d.getTeam().dayStart() + v.travelIn());
        } else {
          v.setArrival(list.get(i - 1).departure() + v.travelIn());
        }
      }
    }
  }
}
