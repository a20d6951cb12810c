package org.outreachplanner.schedule.domain;

import java.util.List;

/**
 * Where a visit fits best in a team-day's route: every position is tried, the route's times
 * followed from the base through each village's window, and a position kept only when the route
 * still keeps the day's hours, windows, capacity and working time. Its cost is the travel added.
 *
 * @param day the team-day
 * @param position where in its list the visit goes
 * @param travelAdded minutes of travel the visit adds to the day
 */
public record DayInsertion(TeamDay day, int position, long travelAdded) {

  /** The cheapest feasible position of {@code visit} in {@code day}, or null when none is. */
  public static DayInsertion best(TeamDay day, Visit visit) {
    return best(day, visit, Long.MAX_VALUE);
  }

  /**
   * The cheapest feasible position of {@code visit} in {@code day} adding less than {@code bound}
   * minutes of travel, or null when none does. The positions are tried by the travel they add (the
   * detour), cheapest first: the first that keeps the day's rules is the best.
   */
  public static DayInsertion best(TeamDay day, Visit visit, long bound) {
    List<Visit> list = day.getVisits();
    int load = visit.getDemand();
    for (Visit v : list) {
      load += v.getDemand();
    }
    if (load > day.getCapacity()) {
      return null;
    }
    long[] detours = detours(day, list, visit);
    Integer[] order = new Integer[detours.length];
    for (int p = 0; p < order.length; p++) {
      order[p] = p;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingLong(p -> detours[p]));
    for (int p : order) {
      if (detours[p] >= bound) {
        return null;
      }
      if (route(day, list, visit, p) >= 0) {
        return new DayInsertion(day, p, detours[p]);
      }
    }
    return null;
  }

  /** The travel the visit adds at each position of the day's list. */
  private static long[] detours(TeamDay day, List<Visit> list, Visit visit) {
    TeamInfo team = day.getTeam();
    TravelTable travel = day.getTravel();
    int here = visit.getVillage().place();
    int base = team.basePlace();
    long[] detours = new long[list.size() + 1];
    int previous = base;
    for (int p = 0; p <= list.size(); p++) {
      boolean last = p == list.size();
      if (last && team.overnightAllowed()) {
        detours[p] = travel.minutes(previous, here);
      } else {
        int next = last ? base : list.get(p).getVillage().place();
        detours[p] =
            (long) travel.minutes(previous, here)
                + travel.minutes(here, next)
                - travel.minutes(previous, next);
      }
      if (!last) {
        previous = list.get(p).getVillage().place();
      }
    }
    return detours;
  }

  /** Puts the visit in its place. */
  public void apply(Visit visit) {
    day.getVisits().add(position, visit);
  }

  /**
   * The travel minutes of the day's route with {@code extra} inserted at {@code at} (none when
   * null), or -1 when that route breaks a rule of the day.
   */
  private static long route(TeamDay day, List<Visit> list, Visit extra, int at) {
    TeamInfo team = day.getTeam();
    TravelTable travel = day.getTravel();
    int n = list.size() + (extra == null ? 0 : 1);
    int place = team.basePlace();
    long time = team.dayStart();
    long travelled = 0;
    long work = 0;
    for (int i = 0; i < n; i++) {
      Visit v = extra == null || i < at ? list.get(i) : i == at ? extra : list.get(i - 1);
      VillageInfo village = v.getVillage();
      int leg = travel.minutes(place, village.place());
      int start = village.windows().start(day.getIsoDay(), (int) (time + leg), v.getDuration());
      if (village.windows().violation(day.getIsoDay(), start, v.getDuration()) > 0) {
        return -1;
      }
      travelled += leg;
      work += leg + v.getDuration();
      time = (long) start + v.getDuration();
      place = village.place();
    }
    int back = team.overnightAllowed() ? 0 : travel.minutes(place, team.basePlace());
    travelled += back;
    work += back;
    if (time + back > team.dayEnd() || work > day.getMaxWorkMinutes()) {
      return -1;
    }
    return travelled;
  }
}
