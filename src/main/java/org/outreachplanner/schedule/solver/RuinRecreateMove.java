package org.outreachplanner.schedule.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.outreachplanner.schedule.domain.DayInsertion;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;
import org.outreachplanner.schedule.domain.VisitPattern;

/**
 * Ruin and recreate: every visit of a few villages is taken out of its team-day, then the villages
 * are put back one after another (most households per visit first, then priority, then in an order
 * drawn), each visit where it adds least travel without breaking a hard rule (a village with a
 * visit pattern on the cheapest of its day combinations, so its combination can change), or left
 * out when it fits nowhere. Routes a move of one visit at a time cannot empty are emptied this way.
 * The same state always gives the same recreation, so the solver can do the move again after trying
 * it.
 */
final class RuinRecreateMove implements Move<Schedule> {

  /** Orders in which the villages are put back. */
  static final int RANDOM_ORDER = 0;

  static final int FAR_FIRST = 1;
  static final int LARGE_FIRST = 2;

  private final RuinContext context;
  private final List<VillageInfo> ruined;
  private final int order;
  private final long seed;

  RuinRecreateMove(RuinContext context, List<VillageInfo> ruined, int order, long seed) {
    this.context = context;
    this.ruined = ruined;
    this.order = order;
    this.seed = seed;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<Schedule> director) {
    for (VillageInfo village : ruined) {
      for (Visit v : context.visitsOf.get(village)) {
        if (v.getTeamDay() == null) {
          return false;
        }
      }
    }
    return !ruined.isEmpty();
  }

  @Override
  public Move<Schedule> doMove(ScoreDirector<Schedule> director) {
    // worked out on the lists themselves, then set back and done as one change the solver is told
    Map<TeamDay, List<Visit>> originals = new LinkedHashMap<>();
    for (VillageInfo village : ruined) {
      for (Visit v : context.visitsOf.get(village)) {
        touch(originals, v.getTeamDay()).remove(v);
      }
    }
    new Recreation(originals).run(ordered());
    Map<TeamDay, List<Visit>> results = new LinkedHashMap<>();
    for (Map.Entry<TeamDay, List<Visit>> e : originals.entrySet()) {
      List<Visit> list = e.getKey().getVisits();
      results.put(e.getKey(), new ArrayList<>(list));
      list.clear();
      list.addAll(e.getValue());
    }
    return new ListsMove(results).doMove(director);
  }

  /** The day's list, its original kept first. */
  private static List<Visit> touch(Map<TeamDay, List<Visit>> originals, TeamDay day) {
    originals.computeIfAbsent(day, d -> new ArrayList<>(d.getVisits()));
    return day.getVisits();
  }

  private List<VillageInfo> ordered() {
    List<VillageInfo> list = new ArrayList<>(ruined);
    if (order == RANDOM_ORDER) {
      Collections.shuffle(list, new Random(seed));
    } else if (order == FAR_FIRST) {
      list.sort(Comparator.comparingInt((VillageInfo v) -> -context.fromBase(v)));
    } else {
      list.sort(Comparator.comparingInt((VillageInfo v) -> -demand(v)));
    }
    // households left out weigh more than priority, which weighs more than the order drawn
    list.sort(Comparator.comparingInt((VillageInfo v) -> -v.priority()));
    list.sort(
        Comparator.comparingInt(
            (VillageInfo v) -> -context.visitsOf.get(v).get(0).getHouseholdsExpected()));
    return list;
  }

  private int demand(VillageInfo village) {
    int sum = 0;
    for (Visit v : context.visitsOf.get(village)) {
      sum += v.getDemand();
    }
    return sum;
  }

  /** The putting back of one move. */
  private final class Recreation {

    private final Map<TeamDay, List<Visit>> originals;
    private final int[] teamWeek = new int[context.teamWeeks];

    /** Villages and dates of the visits put back so far (one team a village a day). */
    private final List<Placed> placed = new ArrayList<>();

    Recreation(Map<TeamDay, List<Visit>> originals) {
      this.originals = originals;
      for (int i = 0; i < context.realDays.size(); i++) {
        teamWeek[context.realDayWeek[i]] += context.realDays.get(i).getVisits().size();
      }
    }

    void run(List<VillageInfo> villages) {
      for (VillageInfo village : villages) {
        List<Visit> visits = context.visitsOf.get(village);
        VisitPattern pattern = visits.get(0).getPattern();
        if (pattern != null && pattern.frequency() > 1 && pattern.frequency() == visits.size()) {
          placePattern(visits, pattern);
        } else {
          for (Visit v : visits) {
            put(v, cheapest(v, -1));
          }
        }
      }
    }

    /**
     * The village's visits on the cheapest of its day combinations. Its visits are alike (one
     * village, as a rule), so each day's cheapest place is looked for once, with the first visit.
     */
    private void placePattern(List<Visit> visits, VisitPattern pattern) {
      Visit first = visits.get(0);
      boolean alike =
          visits.stream()
              .allMatch(
                  v ->
                      v.getDemand() == first.getDemand() && v.getDuration() == first.getDuration());
      Map<Integer, DayInsertion> onDay = new HashMap<>();
      long[] best = null;
      long bestCost = Long.MAX_VALUE;
      for (long combination : pattern.combinations()) {
        long cost = 0;
        int k = 0;
        for (int d = 0; d < 63 && cost < bestCost && (combination >>> d) != 0; d++) {
          if ((combination >>> d & 1) != 0) {
            Visit v = alike ? first : visits.get(k);
            int day = d;
            DayInsertion at = onDay.computeIfAbsent(key(alike, d, k++), x -> cheapest(v, day));
            cost = at == null ? Long.MAX_VALUE : cost + at.travelAdded();
          }
        }
        if (cost < bestCost) {
          bestCost = cost;
          best = new long[] {combination};
        }
      }
      int k = 0;
      for (int d = 0; d < 63 && k < visits.size(); d++) {
        if (best == null) {
          put(visits.get(k++), null);
        } else if ((best[0] >>> d & 1) != 0) {
          put(visits.get(k), onDay.get(key(alike, d, k)));
          k++;
        }
      }
    }

    private static int key(boolean alike, int day, int k) {
      return alike ? day : day * 64 + k;
    }

    /** The visit's cheapest place (on day {@code dayIndex} unless negative), or null. */
    private DayInsertion cheapest(Visit v, int dayIndex) {
      DayInsertion best = null;
      List<TeamDay> days = context.days;
      for (int i : context.candidateDays(v.getVillage())) {
        TeamDay d = days.get(i);
        if (dayIndex >= 0 && d.getDayIndex() != dayIndex || !allowed(v, d, i)) {
          continue;
        }
        DayInsertion at =
            DayInsertion.best(d, v, best == null ? Long.MAX_VALUE : best.travelAdded());
        if (at != null) {
          best = at;
        }
      }
      return best;
    }

    /** Whether the {@code i}-th team-day takes the visit without breaking a rule of the day. */
    private boolean allowed(Visit v, TeamDay d, int i) {
      TeamInfo t = d.getTeam();
      VillageInfo village = v.getVillage();
      if (v.getPattern() != null && !v.getPattern().allows(d.getDayIndex())
          || teamWeek[context.dayWeek[i]] + t.fixedVisits(d.getWeekIndex()) >= t.maxVisitsPerWeek()
          || !t.speaks(village.languageRequired())) {
        return false;
      }
      for (Placed p : placed) {
        if (p.village.equals(village) && p.date.equals(d.getDate())) {
          return false;
        }
      }
      return context.keptVillageDates.isEmpty()
          || !context.keptVillageDates.contains(village.code() + "|" + d.getDate());
    }

    private void put(Visit v, DayInsertion at) {
      if (at == null) {
        TeamDay holder = context.holders.get(0);
        for (TeamDay h : context.holders) {
          if (h.getVisits().size() < holder.getVisits().size()) {
            holder = h;
          }
        }
        touch(originals, holder).add(v);
        return;
      }
      TeamDay d = at.day();
      touch(originals, d).add(at.position(), v);
      teamWeek[context.weekOf.get(d)]++;
      placed.add(new Placed(v.getVillage(), d.getDate()));
    }
  }

  private record Placed(VillageInfo village, LocalDate date) {}

  @Override
  public Collection<?> getPlanningEntities() {
    List<Object> days = new ArrayList<>();
    ruined.forEach(v -> context.visitsOf.get(v).forEach(x -> days.add(x.getTeamDay())));
    return days;
  }

  @Override
  public Collection<?> getPlanningValues() {
    List<Object> visits = new ArrayList<>();
    ruined.forEach(v -> visits.addAll(context.visitsOf.get(v)));
    return visits;
  }

  @Override
  public String getSimpleMoveTypeDescription() {
    return "RuinRecreateMove";
  }

  @Override
  public String toString() {
    return "ruin and recreate " + ruined;
  }
}
