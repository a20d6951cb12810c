package org.outreachplanner.vrppeers;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import com.google.protobuf.Duration;
import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.vrpbench.VrpInstance;
import org.outreachplanner.vrpbench.VrpSolution;
import org.outreachplanner.vrpbench.VrpSuite;

/**
 * OR-Tools 9.12 routing (path-cheapest-arc start, guided local search), one thread. Integer arcs in
 * hundredths; travel times rounded up so its routes are on time in the instance; the checker
 * recomputes the distance unrounded.
 */
final class OrToolsPeer implements VrpSuite.Peer {

  private static final long SCALE = 100;

  OrToolsPeer() {
    Loader.loadNativeLibraries();
  }

  @Override
  public String name() {
    return "or-tools";
  }

  @Override
  public VrpSolution solve(VrpInstance instance, int seconds) {
    List<List<Integer>> days = DayPlans.fix(instance);
    List<VrpSolution.Route> routes = new ArrayList<>();
    for (int d = 0; d < days.size(); d++) {
      long ms = seconds * 1000L / days.size();
      routes.addAll(day(instance, d, days.get(d), ms));
    }
    return new VrpSolution(routes);
  }

  private static List<VrpSolution.Route> day(
      VrpInstance instance, int day, List<Integer> customers, long ms) {
    if (customers.isEmpty()) {
      return List.of();
    }
    List<Integer> nodes = new ArrayList<>();
    nodes.add(0);
    nodes.addAll(customers);
    int n = nodes.size();
    RoutingIndexManager manager = new RoutingIndexManager(n, instance.vehicles(), 0);
    RoutingModel routing = new RoutingModel(manager);
    int arcs =
        routing.registerTransitCallback(
            (from, to) ->
                Math.round(
                    SCALE
                        * instance.distance(
                            nodes.get(manager.indexToNode(from)),
                            nodes.get(manager.indexToNode(to)))));
    routing.setArcCostEvaluatorOfAllVehicles(arcs);
    int times =
        routing.registerTransitCallback(
            (from, to) -> {
              int i = nodes.get(manager.indexToNode(from));
              int j = nodes.get(manager.indexToNode(to));
              return (long)
                  Math.ceil(
                      SCALE * (instance.distance(i, j) + instance.nodes().get(i).service()) - 1e-9);
            });
    VrpInstance.Node depot = instance.depot();
    long horizon =
        depot.due() < Double.MAX_VALUE / 2 ? (long) (depot.due() * SCALE) : 1_000_000_000L;
    routing.addDimension(times, horizon, horizon, false, "Time");
    RoutingDimension time = routing.getMutableDimension("Time");
    for (int k = 1; k < n; k++) {
      VrpInstance.Node c = instance.nodes().get(nodes.get(k));
      if (c.due() < Double.MAX_VALUE / 2) {
        time.cumulVar(manager.nodeToIndex(k))
            .setRange((long) Math.ceil(c.ready() * SCALE), (long) (c.due() * SCALE));
      }
    }
    for (int v = 0; v < instance.vehicles(); v++) {
      time.cumulVar(routing.start(v)).setRange((long) (depot.ready() * SCALE), horizon);
      time.cumulVar(routing.end(v)).setRange((long) (depot.ready() * SCALE), horizon);
    }
    if (instance.maxDuration() > 0) {
      // no time windows in the periodic instances: the route's time is its duration
      routing.addDimension(times, 0, (long) (instance.maxDuration() * SCALE), true, "Duration");
    }
    int demands =
        routing.registerUnaryTransitCallback(
            from -> instance.nodes().get(nodes.get(manager.indexToNode(from))).demand());
    long[] capacities = new long[instance.vehicles()];
    java.util.Arrays.fill(capacities, instance.capacity());
    routing.addDimensionWithVehicleCapacity(demands, 0, capacities, true, "Capacity");
    RoutingSearchParameters parameters =
        main.defaultRoutingSearchParameters().toBuilder()
            .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC)
            .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
            .setTimeLimit(
                Duration.newBuilder().setSeconds(ms / 1000).setNanos((int) (ms % 1000) * 1_000_000))
            .build();
    Assignment solution = routing.solveWithParameters(parameters);
    List<VrpSolution.Route> routes = new ArrayList<>();
    if (solution == null) {
      return routes;
    }
    for (int v = 0; v < instance.vehicles(); v++) {
      List<Integer> stops = new ArrayList<>();
      long index = solution.value(routing.nextVar(routing.start(v)));
      while (!routing.isEnd(index)) {
        stops.add(nodes.get(manager.indexToNode(index)));
        index = solution.value(routing.nextVar(index));
      }
      if (!stops.isEmpty()) {
        routes.add(new VrpSolution.Route(day, stops));
      }
    }
    return routes;
  }
}
