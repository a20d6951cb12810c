package org.outreachplanner.vrpbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.RoutingOnly;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.schedule.domain.TeamDay;
import org.outreachplanner.schedule.domain.TeamInfo;
import org.outreachplanner.schedule.domain.TimeWindows;
import org.outreachplanner.schedule.domain.TravelTable;
import org.outreachplanner.schedule.domain.VillageInfo;
import org.outreachplanner.schedule.domain.Visit;
import org.outreachplanner.schedule.domain.VisitPattern;

/**
 * Turns a routing instance into the project's own problem, and its solution back: customers become
 * villages (time windows, service times as visit durations, demands against the team-day capacity),
 * the depot the base of one team per vehicle, each vehicle-day a team-day, frequencies and day
 * combinations visit patterns, the duration limit the working time per day. Times and distances are
 * in thousandths of the instance's unit (the model counts whole minutes), each leg rounded up, so
 * that a plan on time in the model is on time in the instance.
 */
public final class VrpProblems {

  /** Model units per unit of the instance. */
  public static final int SCALE = 1000;

  static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
  private static final int NO_LIMIT = Integer.MAX_VALUE / 4;

  private VrpProblems() {}

  /** The problem of an instance, every visit left out. */
  public static Schedule schedule(VrpInstance instance) {
    Schedule s = new Schedule(instance.name(), MONDAY, (instance.days() + 6) / 7);
    s.setRoutingOnly(new RoutingOnly());
    int n = instance.nodes().size();
    TravelTable travel = new TravelTable("euclidean/" + SCALE, n, NO_LIMIT);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        travel.put(i, j, (int) Math.ceil(instance.distance(i, j) * SCALE - 1e-9));
      }
    }
    VrpInstance.Node depot = instance.depot();
    int dayStart = units(depot.ready());
    int dayEnd = depot.due() >= Double.MAX_VALUE / 2 ? NO_LIMIT : (int) (depot.due() * SCALE);
    int maxWork = instance.maxDuration() > 0 ? (int) (instance.maxDuration() * SCALE) : NO_LIMIT;
    for (int k = 1; k <= instance.vehicles(); k++) {
      TeamInfo team = team(k, dayStart, dayEnd);
      s.getTeams().add(team);
      for (int d = 0; d < instance.days(); d++) {
        TeamDay day = new TeamDay(team, MONDAY.plusDays(d), d, true, travel);
        s.getTeamDays().add(day.limits(instance.capacity(), maxWork));
      }
    }
    for (VrpInstance.Node node : instance.nodes().subList(1, n)) {
      addCustomer(s, node, instance.days());
    }
    Initializer.addLeftOutHolders(s);
    Initializer.leaveAllOut(s);
    return s;
  }

  private static TeamInfo team(int k, int dayStart, int dayEnd) {
    return new TeamInfo(
        "V" + k,
        "Vehicle " + k,
        TravelMode.MOTORBIKE,
        0,
        dayStart,
        dayEnd,
        new int[] {1, 2, 3, 4, 5, 6, 7},
        Set.of(),
        NO_LIMIT,
        false,
        new int[0],
        0,
        0);
  }

  private static void addCustomer(Schedule s, VrpInstance.Node node, int days) {
    TimeWindows windows = TimeWindows.ANY_TIME;
    if (node.due() < Double.MAX_VALUE / 2) {
      int[][] byDay = new int[8][];
      for (int d = 1; d <= 7; d++) {
        byDay[d] = new int[] {units(node.ready()), (int) ((node.due() + node.service()) * SCALE)};
      }
      windows = new TimeWindows(byDay);
    }
    VillageInfo village =
        new VillageInfo(
            "c" + node.id(),
            "customer " + node.id(),
            node.id(),
            1,
            null,
            windows,
            0,
            Text.literal(""));
    s.getVillages().add(village);
    VisitPattern pattern =
        days > 1 ? new VisitPattern(node.frequency(), node.combinations()) : null;
    for (int k = 1; k <= node.frequency(); k++) {
      s.getVisits()
          .add(
              new Visit(village, k, 1, units(node.service()))
                  .demand(node.demand())
                  .pattern(pattern));
    }
  }

  private static int units(double value) {
    return (int) Math.ceil(value * SCALE - 1e-9);
  }

  /** The routes of a solved problem; visits left out are in no route. */
  public static VrpSolution solution(Schedule solved) {
    List<VrpSolution.Route> routes = new ArrayList<>();
    for (TeamDay d : solved.getTeamDays()) {
      if (d.real() && !d.getVisits().isEmpty()) {
        routes.add(
            new VrpSolution.Route(
                d.getDayIndex(), d.getVisits().stream().map(v -> v.getVillage().place()).toList()));
      }
    }
    return new VrpSolution(routes);
  }
}
