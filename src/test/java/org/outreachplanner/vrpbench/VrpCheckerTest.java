package org.outreachplanner.vrpbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker on tiny handmade instances: a valid solution and each rule broken. */
class VrpCheckerTest {

  /** Depot at (0,0) open 0–100; customers at (3,4) and (6,8), demand 5, service 1. */
  private static VrpInstance solomon(int capacity, double due2) {
    return new VrpInstance(
        "tiny",
        2,
        capacity,
        1,
        0,
        List.of(
            new VrpInstance.Node(0, 0, 0, 0, 0, 0, 100, 0, new long[0]),
            new VrpInstance.Node(1, 3, 4, 5, 1, 0, 50, 1, new long[] {1}),
            new VrpInstance.Node(2, 6, 8, 5, 1, 20, due2, 1, new long[] {1})));
  }

  /** Two days; customer 1 on day 0 or day 1, customer 2 on both days; duration limit 25. */
  private static VrpInstance periodic() {
    double open = Double.MAX_VALUE;
    return new VrpInstance(
        "tiny-periodic",
        1,
        10,
        2,
        25,
        List.of(
            new VrpInstance.Node(0, 0, 0, 0, 0, 0, open, 0, new long[0]),
            new VrpInstance.Node(1, 3, 4, 5, 1, 0, open, 1, new long[] {0b01, 0b10}),
            new VrpInstance.Node(2, 6, 8, 5, 1, 0, open, 2, new long[] {0b11})));
  }

  private static VrpSolution routes(VrpSolution.Route... routes) {
    return new VrpSolution(List.of(routes));
  }

  private static VrpSolution.Route route(int day, Integer... customers) {
    return new VrpSolution.Route(day, List.of(customers));
  }

  @Test
  void aValidRouteHasItsDistanceRecomputed() {
    // 5 + 5 + 10; customer 2 waits for 20
    VrpChecker.Report r = VrpChecker.check(solomon(10, 30), routes(route(0, 1, 2)));
    assertThat(r.violations()).isEmpty();
    assertThat(r.distance()).isEqualTo(20.0);
    assertThat(r.vehicles()).isEqualTo(1);
  }

  @Test
  void serviceStartingAfterItsDueTimeIsLate() {
    VrpChecker.Report r = VrpChecker.check(solomon(10, 10), routes(route(0, 1, 2)));
    assertThat(r.violations()).singleElement().asString().contains("customer 2 served at 20.0");
  }

  @Test
  void aLoadOverTheCapacityIsRefused() {
    VrpChecker.Report r = VrpChecker.check(solomon(8, 30), routes(route(0, 1, 2)));
    assertThat(r.violations()).singleElement().asString().contains("load 10 over capacity 8");
  }

  @Test
  void comingBackAfterTheDepotClosesIsLate() {
    VrpInstance late =
        new VrpInstance(
            "late",
            1,
            10,
            1,
            0,
            List.of(
                new VrpInstance.Node(0, 0, 0, 0, 0, 0, 12, 0, new long[0]),
                new VrpInstance.Node(1, 3, 4, 5, 5, 0, 50, 1, new long[] {1})));
    assertThat(VrpChecker.check(late, routes(route(0, 1))).violations())
        .singleElement()
        .asString()
        .contains("back at 15.0");
  }

  @Test
  void aCustomerMissedOrVisitedTwiceIsCounted() {
    assertThat(VrpChecker.check(solomon(10, 30), routes(route(0, 1))).violations())
        .containsExactly("customer 2: visited 0 times, needs 1");
    assertThat(VrpChecker.check(solomon(20, 30), routes(route(0, 1, 2), route(0, 2))).violations())
        .contains("customer 2: visited twice on day 0", "customer 2: visited 2 times, needs 1");
  }

  @Test
  void moreRoutesThanVehiclesAreRefused() {
    VrpChecker.Report r =
        VrpChecker.check(solomon(10, 30), routes(route(0, 1), route(0, 2), route(0)));
    assertThat(r.violations()).isEmpty();
    VrpInstance one = periodic();
    assertThat(VrpChecker.check(one, routes(route(0, 2), route(0, 1), route(1, 2))).violations())
        .contains("day 0: 2 routes, 1 vehicles");
  }

  @Test
  void aPeriodicSolutionOnAllowedDaysIsValid() {
    VrpChecker.Report r = VrpChecker.check(periodic(), routes(route(0, 1, 2), route(1, 2)));
    assertThat(r.violations()).isEmpty();
    assertThat(r.distance()).isEqualTo(20.0 + 20.0);
  }

  @Test
  void daysOfNoCombinationAreRefused() {
    VrpChecker.Report r =
        VrpChecker.check(periodic(), routes(route(0, 1, 2), route(0, 2), route(1, 1)));
    assertThat(r.violations())
        .contains("customer 2: visited twice on day 0", "day 0: 2 routes, 1 vehicles");
    assertThat(VrpChecker.check(periodic(), routes(route(0, 2), route(1, 1, 2))).violations())
        .isEmpty();
    assertThat(VrpChecker.check(periodic(), routes(route(0, 2), route(0, 1))).violations())
        .contains("customer 2: visited 1 times, needs 2");
  }

  @Test
  void aRouteOverTheDurationLimitIsRefused() {
    VrpInstance longer = new VrpInstance("d", 1, 10, 2, 21, periodic().nodes());
    assertThat(VrpChecker.check(longer, routes(route(0, 1, 2), route(1, 2))).violations())
        .containsExactly("route 0: duration 22.0 over 21.0");
  }

  @Test
  void anUnknownCustomerIsNamed() {
    assertThat(VrpChecker.check(solomon(10, 30), routes(route(0, 1, 2, 7))).violations())
        .contains("route 0: no customer 7");
  }
}
