package org.outreachplanner.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both engines against a plain all-pairs reference (Floyd–Warshall on the same edge rows) on random
 * graphs with one-way edges, barriers, parallel edges, loops and unreachable parts.
 */
class ManyToManyRouterTest {

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void bothEnginesGiveTheReferenceTimesAndMetres(long seed) {
    EdgeRows rows = randomRows(new SplittableRandom(seed), 120, 260);
    RoadGraph graph = RoadGraph.of(rows);
    Reference reference = new Reference(graph.nodeCount(), rows, graph);
    int[] all = new int[graph.nodeCount()];
    for (int v = 0; v < all.length; v++) {
      all[v] = v;
    }
    ManyToManyRouter router = new ManyToManyRouter(pool, 3);
    TimeTable plain =
        router.dijkstra(graph, all, all, Double.POSITIVE_INFINITY, ManyToManyRouter.Progress.NONE);
    TimeTable climbed =
        router.hierarchy(
            HierarchyBuilder.build(graph),
            all,
            all,
            Double.POSITIVE_INFINITY,
            ManyToManyRouter.Progress.NONE);
    for (int a = 0; a < all.length; a++) {
      for (int b = 0; b < all.length; b++) {
        String pair = "seed " + seed + ", " + a + " → " + b;
        double expected = reference.seconds[a][b];
        if (expected == Double.POSITIVE_INFINITY) {
          assertThat(plain.reached(a, b)).as(pair).isFalse();
          assertThat(climbed.reached(a, b)).as(pair).isFalse();
          continue;
        }
        assertThat(plain.seconds(a, b)).as(pair).isCloseTo(expected, within(1e-9));
        assertThat(climbed.seconds(a, b)).as(pair).isCloseTo(expected, within(1e-9));
        assertThat(plain.metres(a, b)).as(pair).isCloseTo(reference.metres[a][b], within(1e-9));
        assertThat(climbed.metres(a, b)).as(pair).isCloseTo(reference.metres[a][b], within(1e-9));
      }
    }
  }

  @Test
  void aTimeLimitLeavesOutExactlyTheWaysBeyondIt() {
    EdgeRows rows = randomRows(new SplittableRandom(42), 150, 400);
    RoadGraph graph = RoadGraph.of(rows);
    Reference reference = new Reference(graph.nodeCount(), rows, graph);
    int[] origins = {0, 5, 17, 33, 90};
    int[] destinations = new int[graph.nodeCount()];
    for (int v = 0; v < destinations.length; v++) {
      destinations[v] = v;
    }
    double limit = 400;
    ManyToManyRouter router = new ManyToManyRouter(pool, 2);
    TimeTable plain =
        router.dijkstra(graph, origins, destinations, limit, ManyToManyRouter.Progress.NONE);
    TimeTable climbed =
        router.hierarchy(
            HierarchyBuilder.build(graph),
            origins,
            destinations,
            limit,
            ManyToManyRouter.Progress.NONE);
    for (int r = 0; r < origins.length; r++) {
      for (int b = 0; b < destinations.length; b++) {
        double expected = reference.seconds[origins[r]][b];
        boolean within = expected <= limit;
        assertThat(plain.reached(r, b)).isEqualTo(within);
        assertThat(climbed.reached(r, b)).isEqualTo(within);
        if (within) {
          assertThat(climbed.seconds(r, b)).isCloseTo(expected, within(1e-9));
        }
      }
    }
  }

  @Test
  void placesOffTheNetworkGetNoTimes() {
    EdgeRows rows = new EdgeRows();
    rows.add(1, 10, 11, 60, 60, 1000);
    RoadGraph graph = RoadGraph.of(rows);
    ManyToManyRouter router = new ManyToManyRouter(pool, 2);
    int[] places = {0, -1, 1};
    TimeTable table =
        router.hierarchy(
            HierarchyBuilder.build(graph), places, places, 1e9, ManyToManyRouter.Progress.NONE);
    assertThat(table.seconds(0, 2)).isEqualTo(60);
    assertThat(table.reached(0, 1)).isFalse();
    assertThat(table.reached(1, 2)).isFalse();
    assertThat(table.seconds(1, 1)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  /**
   * Random edge rows over node ids 1000, 1003, 1006 …: a few one-way, barrier, zero-cost. Whole
   * seconds and metres, so that sums are exact in any order and equally fast ways really tie.
   */
  static EdgeRows randomRows(SplittableRandom random, int nodes, int edges) {
    EdgeRows rows = new EdgeRows();
    for (int e = 0; e < edges; e++) {
      long source = 1000 + 3L * random.nextInt(nodes);
      long target = 1000 + 3L * random.nextInt(nodes);
      double length = 10 + random.nextInt(5000);
      double cost = cost(random, length);
      double reverse = random.nextInt(10) < 3 ? -1 : cost(random, length);
      rows.add(500 + e, source, target, cost, reverse, length);
    }
    return rows;
  }

  private static double cost(SplittableRandom random, double length) {
    int kind = random.nextInt(20);
    if (kind == 0) {
      return -1; // a barrier
    }
    if (kind == 1) {
      return 0; // a ferry that is already waiting
    }
    return Math.rint(length / (1 + random.nextDouble() * 20));
  }

  /** Floyd–Warshall on (seconds, metres), lexicographically. */
  static final class Reference {
    final double[][] seconds;
    final double[][] metres;

    Reference(int n, EdgeRows rows, RoadGraph graph) {
      seconds = new double[n][n];
      metres = new double[n][n];
      for (int a = 0; a < n; a++) {
        java.util.Arrays.fill(seconds[a], Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(metres[a], Double.POSITIVE_INFINITY);
        seconds[a][a] = 0;
        metres[a][a] = 0;
      }
      for (int e = 0; e < rows.size(); e++) {
        int s = graph.indexOf(rows.source(e));
        int t = graph.indexOf(rows.target(e));
        if (rows.cost(e) >= 0) {
          improve(s, t, rows.cost(e), rows.length(e));
        }
        if (rows.reverseCost(e) >= 0) {
          improve(t, s, rows.reverseCost(e), rows.length(e));
        }
      }
      for (int k = 0; k < n; k++) {
        for (int a = 0; a < n; a++) {
          for (int b = 0; b < n; b++) {
            improve(a, b, seconds[a][k] + seconds[k][b], metres[a][k] + metres[k][b]);
          }
        }
      }
    }

    private void improve(int a, int b, double s, double m) {
      if (s < seconds[a][b] || (s == seconds[a][b] && m < metres[a][b])) {
        seconds[a][b] = s;
        metres[a][b] = m;
      }
    }
  }
}
