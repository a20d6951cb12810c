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
 * (which scores every position of every visit and takes seconds on a province): visits by priority,
 * each inserted where it breaks no hard rule at the least added travel, workload and crowding,
 * filling days (a village with a visit pattern on its cheapest combination of days), or left out.
 */
public final class Initializer {

  /** Visits per left-out holder: short lists keep the solver's list bookkeeping cheap. */
  public static final int LEFT_OUT_PER_HOLDER = 20;

  /**
   * Up to this many (visit, team-day) pairs the visits are placed by regret (the one that would
   * lose most by waiting first); beyond, one after another in order of priority.
   */
  static final long REGRET_LIMIT = 400_000;

  /** Passes over the villages with a visit pattern, each put back on its best days. */
  static final int PATTERN_PASSES = 5;

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
    new Initializer(s).fill();
    deriveShadows(s);
  }

  private final Schedule s;
  private final List<TeamDay> holders;
  private final List<TeamDay> days;
  private final Set<String> villageDays = new HashSet<>();
  private final Map<String, Integer> teamWeek = new HashMap<>();
  private final Map<TeamInfo, Integer> teamTotal = new HashMap<>();
  private final Map<VillageInfo, List<Integer>> villageDayIndexes = new HashMap<>();
  private final Map<Visit, TeamDay> placedOn = new HashMap<>();
  private final StockLimits stock;
  private int leftOut;

  private Initializer(Schedule s) {
    this.s = s;
    for (TeamDay d : s.getTeamDays()) {
      d.getVisits().clear();
    }
    this.holders = s.getTeamDays().stream().filter(d -> !d.real()).toList();
    this.days = s.getTeamDays().stream().filter(d -> d.real() && d.isAvailable()).toList();
    for (FixedVisit f : s.getFixedVisits()) {
      villageDays.add(f.villageCode() + "|" + f.date());
    }
    this.stock = new StockLimits(s);
  }

  private void fill() {
    List<Visit> order = new ArrayList<>(s.getVisits());
    order.sort(
        Comparator.comparingInt((Visit v) -> -v.getVillage().priority())
            .thenComparingInt(v -> v.getPattern() == null ? 0 : -v.getPattern().frequency())
            .thenComparingInt(this::farFirst)
            .thenComparing(v -> v.getVillage().code())
            .thenComparingInt(Visit::getOrdinal));
    Set<VillageInfo> patternsDone = new HashSet<>();
    List<Visit> single = new ArrayList<>();
    for (Visit v : order) {
      if (v.getPattern() == null || v.getPattern().frequency() == 1) {
        single.add(v);
      } else if (patternsDone.add(v.getVillage())) {
        placePattern(order.stream().filter(o -> o.getVillage().equals(v.getVillage())).toList());
      }
    }
    if ((long) single.size() * days.size() <= REGRET_LIMIT) {
      new RegretInsertion(this, single, days).run();
    } else {
      place(single, null);
    }
    for (int pass = 0; pass < PATTERN_PASSES; pass++) {
      replacePatterns(order);
    }
  }

  /**
   * Each village with a pattern of two or more visits, all placed, is taken out and put back on the
   * cheapest combination of days given everything else placed since (the local search moves one
   * visit at a time, so it cannot change a village's combination).
   */
  private void replacePatterns(List<Visit> order) {
    Map<VillageInfo, List<Visit>> byVillage = new java.util.LinkedHashMap<>();
    for (Visit v : order) {
      if (v.getPattern() != null && v.getPattern().frequency() > 1) {
        byVillage.computeIfAbsent(v.getVillage(), k -> new ArrayList<>()).add(v);
      }
    }
    for (List<Visit> visits : byVillage.values()) {
      if (visits.stream().allMatch(placedOn::containsKey)) {
        visits.forEach(this::uncommit);
        placePattern(visits);
      }
    }
  }

  /** Villages far from the teams' bases first: the near ones fit in around them. */
  private int farFirst(Visit v) {
    if (days.isEmpty()) {
      return 0;
    }
    TeamDay d = days.get(0);
    return -d.getTravel().minutes(d.getTeam().basePlace(), v.getVillage().place());
  }

  /** The visits of a village with a pattern, on the days of its cheapest combination that fits. */
  private void placePattern(List<Visit> visits) {
    long[] best = null;
    long bestCost = Long.MAX_VALUE;
    for (long combination : visits.get(0).getPattern().combinations()) {
      long cost = 0;
      int k = 0;
      for (int d = 0; d < 63 && cost < Long.MAX_VALUE; d++) {
        if ((combination >>> d & 1) == 0) {
          continue;
        }
        Choice c = k < visits.size() ? choose(visits.get(k++), d) : null;
        cost = c == null ? Long.MAX_VALUE : cost + c.cost;
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = new long[] {combination};
      }
    }
    if (best == null) {
      visits.forEach(this::leaveOut);
      return;
    }
    int k = 0;
    for (int d = 0; d < 63; d++) {
      if ((best[0] >>> d & 1) != 0 && k < visits.size()) {
        commit(visits.get(k), choose(visits.get(k), d));
        k++;
      }
    }
  }

  private void place(List<Visit> visits, Integer dayIndex) {
    for (Visit v : visits) {
      Choice c = choose(v, dayIndex);
      if (c == null) {
        leaveOut(v);
      } else {
        commit(v, c);
      }
    }
  }

  record Choice(DayInsertion insertion, long cost) {}

  /**
   * The cheapest team-day (on {@code dayIndex} when given) that takes the visit without breaking a
   * hard rule.
   */
  private Choice choose(Visit v, Integer dayIndex) {
    Choice best = null;
    for (TeamDay d : days) {
      if (dayIndex != null && d.getDayIndex() != dayIndex) {
        continue;
      }
      Choice c = option(v, d);
      if (c != null && (best == null || c.cost < best.cost)) {
        best = c;
      }
    }
    return best;
  }

  /** The visit's cheapest place in this team-day, or null when it breaks a hard rule there. */
  Choice option(Visit v, TeamDay d) {
    VillageInfo village = v.getVillage();
    TeamInfo t = d.getTeam();
    if (!t.speaks(village.languageRequired())
        || teamWeek.getOrDefault(t.code() + "|" + d.getWeekIndex(), 0)
                + t.fixedVisits(d.getWeekIndex())
            >= t.maxVisitsPerWeek()
        || villageDays.contains(village.code() + "|" + d.getDate())
        || v.getPattern() != null && !v.getPattern().allows(d.getDayIndex())
        || !stock.allows(v, d)) {
      return null;
    }
    DayInsertion at = DayInsertion.best(d, v);
    return at == null ? null : new Choice(at, at.travelAdded() + softCost(v, d));
  }

  private long softCost(Visit v, TeamDay d) {
    TeamInfo t = d.getTeam();
    long cost = 0;
    if (s.getRoutingOnly() == null) {
      cost += (long) ScheduleConstraints.FAIR_WEIGHT * (2L * teamTotal.getOrDefault(t, 0) + 1);
    }
    if (v.getPattern() == null) {
      for (int other : villageDayIndexes.getOrDefault(v.getVillage(), List.of())) {
        int gap = Math.abs(other - d.getDayIndex());
        if (gap < ScheduleConstraints.SPREAD_DAYS) {
          cost +=
              (long) ScheduleConstraints.SPREAD_WEIGHT * (ScheduleConstraints.SPREAD_DAYS - gap);
        }
      }
    }
    if (v.getPublishedDate() != null
        && !(t.code().equals(v.getPublishedTeam()) && d.getDate().equals(v.getPublishedDate()))) {
      cost += ScheduleConstraints.STABILITY_WEIGHT;
    }
    return cost;
  }

  void commit(Visit v, Choice c) {
    c.insertion().apply(v);
    TeamDay d = c.insertion().day();
    placedOn.put(v, d);
    TeamInfo t = d.getTeam();
    stock.take(v, t);
    teamWeek.merge(t.code() + "|" + d.getWeekIndex(), 1, Integer::sum);
    teamTotal.merge(t, 1, Integer::sum);
    villageDays.add(v.getVillage().code() + "|" + d.getDate());
    villageDayIndexes.computeIfAbsent(v.getVillage(), k -> new ArrayList<>()).add(d.getDayIndex());
  }

  private void uncommit(Visit v) {
    TeamDay d = placedOn.remove(v);
    d.getVisits().remove(v);
    TeamInfo t = d.getTeam();
    stock.giveBack(v, t);
    teamWeek.merge(t.code() + "|" + d.getWeekIndex(), -1, Integer::sum);
    teamTotal.merge(t, -1, Integer::sum);
    villageDays.remove(v.getVillage().code() + "|" + d.getDate());
    villageDayIndexes.get(v.getVillage()).remove(Integer.valueOf(d.getDayIndex()));
  }

  void leaveOut(Visit v) {
    holders.get(leftOut++ % holders.size()).getVisits().add(v);
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
