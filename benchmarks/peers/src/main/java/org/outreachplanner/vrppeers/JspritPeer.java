package org.outreachplanner.vrppeers;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Coordinate;
import com.graphhopper.jsprit.core.util.Solutions;
import java.util.ArrayList;
import java.util.List;
import org.outreachplanner.vrpbench.VrpInstance;
import org.outreachplanner.vrpbench.VrpSolution;
import org.outreachplanner.vrpbench.VrpSuite;

/** jsprit 1.8 (ruin and recreate), one thread, distance the only cost, Euclidean unrounded. */
final class JspritPeer implements VrpSuite.Peer {

  @Override
  public String name() {
    return "jsprit";
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
    VrpInstance.Node depot = instance.depot();
    VehicleType type =
        VehicleTypeImpl.Builder.newInstance("vehicle")
            .addCapacityDimension(0, instance.capacity())
            .setCostPerDistance(1)
            .setCostPerTransportTime(0)
            .setFixedCost(0)
            .build();
    double end = depot.due() < Double.MAX_VALUE / 2 ? depot.due() : Double.MAX_VALUE;
    if (instance.maxDuration() > 0) {
      end = Math.min(end, depot.ready() + instance.maxDuration());
    }
    VehicleRoutingProblem.Builder b =
        VehicleRoutingProblem.Builder.newInstance()
            .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
    for (int k = 0; k < instance.vehicles(); k++) {
      b.addVehicle(
          VehicleImpl.Builder.newInstance("v" + k)
              .setStartLocation(location(depot))
              .setEarliestStart(depot.ready())
              .setLatestArrival(end)
              .setType(type)
              .build());
    }
    for (int c : customers) {
      VrpInstance.Node n = instance.nodes().get(c);
      Service.Builder s =
          Service.Builder.newInstance(String.valueOf(c))
              .addSizeDimension(0, n.demand())
              .setLocation(location(n))
              .setServiceTime(n.service());
      if (n.due() < Double.MAX_VALUE / 2) {
        s.setTimeWindow(TimeWindow.newInstance(n.ready(), n.due()));
      }
      b.addJob(s.build());
    }
    VehicleRoutingProblem vrp = b.build();
    VehicleRoutingAlgorithm algorithm =
        Jsprit.Builder.newInstance(vrp).setProperty(Jsprit.Parameter.THREADS, "1").buildAlgorithm();
    algorithm.setMaxIterations(Integer.MAX_VALUE);
    TimeTermination time = new TimeTermination(ms);
    algorithm.addTerminationCriterion(time);
    algorithm.addListener(time);
    VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
    List<VrpSolution.Route> routes = new ArrayList<>();
    for (VehicleRoute r : best.getRoutes()) {
      List<Integer> stops = new ArrayList<>();
      for (TourActivity a : r.getActivities()) {
        if (a instanceof TourActivity.JobActivity j) {
          stops.add(Integer.parseInt(j.getJob().getId()));
        }
      }
      routes.add(new VrpSolution.Route(day, stops));
    }
    return routes;
  }

  private static Location location(VrpInstance.Node n) {
    return Location.Builder.newInstance()
        .setId(String.valueOf(n.id()))
        .setCoordinate(Coordinate.newInstance(n.x(), n.y()))
        .build();
  }
}
