package org.outreachplanner.traveltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outreachplanner.network.RoadTestData;
import org.outreachplanner.network.Season;
import org.outreachplanner.network.SpeedProfileSnapshot;
import org.outreachplanner.network.TravelMode;
import org.outreachplanner.routing.ManyToManyRouter;
import org.outreachplanner.routing.TimeTable;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every entry of our matrices against pgRouting's pgr_dijkstraCostMatrix on the same costs and
 * vertices, on a random grid with missing roads, one-way roads and footways: equal within a second,
 * and unreachable exactly where pgRouting has no row.
 */
@DatabaseTest
class PgRoutingAgreementIT {

  private static ExecutorService pool;

  @Autowired JdbcTemplate jdbc;
  SpeedProfileSnapshot speeds;
  @Autowired EdgeCostReader costs;
  @Autowired TravelTimeService service;
  @Autowired TravelTimeEngine engine;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @BeforeEach
  void grid() {
    RoadTestData.gridNetwork(jdbc, 40, 150, 0.37);
    speeds = RoadTestData.handSpeeds(jdbc);
  }

  @AfterEach
  void restoreSpeeds() {
    speeds.restore(jdbc);
  }

  @ParameterizedTest
  @CsvSource({"MOTORBIKE, DRY", "ON_FOOT, RAINY"})
  void bothEnginesAgreeWithPgRoutingOnEveryPair(TravelMode mode, Season season) {
    NetworkSnapshot net = costs.load(mode, season, null);
    long[] nodes = placeNodes();
    PgRoutingMatrix pgr = PgRoutingMatrix.of(jdbc, mode, season, nodes);
    int[] vertices = new int[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      vertices[i] = net.graph().indexOf(nodes[i]);
    }
    ManyToManyRouter router = new ManyToManyRouter(pool, 2);
    double unlimited = Double.POSITIVE_INFINITY;
    TimeTable plain =
        router.dijkstra(net.graph(), vertices, vertices, unlimited, ManyToManyRouter.Progress.NONE);
    TimeTable climbed =
        router.hierarchy(
            net.hierarchy(), vertices, vertices, unlimited, ManyToManyRouter.Progress.NONE);
    int reached = 0;
    for (int i = 0; i < nodes.length; i++) {
      for (int j = 0; j < nodes.length; j++) {
        if (i == j) {
          continue;
        }
        Double expected = pgr.seconds(nodes[i], nodes[j]);
        String pair = mode + "/" + season + " " + nodes[i] + " → " + nodes[j];
        assertThat(plain.reached(i, j)).as(pair).isEqualTo(expected != null);
        assertThat(climbed.reached(i, j)).as(pair).isEqualTo(expected != null);
        if (expected != null) {
          assertThat(Math.abs(plain.seconds(i, j) - expected)).as(pair).isLessThan(1.0);
          assertThat(Math.abs(climbed.seconds(i, j) - expected)).as(pair).isLessThan(1.0);
          reached++;
        }
      }
    }
    // the grid is mostly joined; by motorbike the corner entered by a one-way road cannot be left
    // (walkers may go both ways)
    int pairs = nodes.length * (nodes.length - 1);
    assertThat(reached).isBetween(pairs / 2, mode == TravelMode.MOTORBIKE ? pairs - 1 : pairs);
  }

  @ParameterizedTest
  @CsvSource({"MOTORBIKE, DRY", "ON_FOOT, RAINY"})
  void theStoredMatrixIsPgRoutingsWithinTheTimeLimit(TravelMode mode, Season season) {
    TravelTimeSummary summary =
        service.compute(
            new TravelTimeService.Request("G1C", List.of(mode), List.of(season), null, true),
            TravelTimeService.Progress.NONE);
    PlanningArea area = service.areasOf("G1C").get(0);
    TravelTimeMatrix stored = service.storedMatrix(area, mode, season, "");
    PgRoutingMatrix.Agreement agreement =
        PgRoutingMatrix.of(jdbc, mode, season, placeNodes())
            .assertAgrees(area, stored, engine.maxSeconds());
    assertThat(summary.unreachable()).isEqualTo(agreement.unreachable());
    assertThat(summary.beyondLimit()).isEqualTo(agreement.beyondLimit());
    if (mode == TravelMode.ON_FOOT) {
      assertThat(agreement.beyondLimit())
          .as("walking in the rain, some pairs are beyond 6 h")
          .isPositive();
    }
  }

  @ParameterizedTest
  @CsvSource({"MOTORBIKE, DRY", "ON_FOOT, DRY"})
  void timesObeyTheTriangleInequality(TravelMode mode, Season season) {
    service.compute(
        new TravelTimeService.Request("G1C", List.of(mode), List.of(season), null, true),
        TravelTimeService.Progress.NONE);
    TravelTimeMatrix m = service.storedMatrix(service.areasOf("G1C").get(0), mode, season, "");
    SplittableRandom random = new SplittableRandom(11);
    int checked = 0;
    for (int n = 0; n < 20_000; n++) {
      int a = random.nextInt(m.size());
      int b = random.nextInt(m.size());
      int c = random.nextInt(m.size());
      if (m.reachable(a, b) && m.reachable(b, c)) {
        assertThat(m.reachable(a, c) || m.seconds(a, b) + m.seconds(b, c) > engine.maxSeconds())
            .isTrue();
        if (m.reachable(a, c)) {
          assertThat(m.seconds(a, c)).isLessThanOrEqualTo(m.seconds(a, b) + m.seconds(b, c) + 1e-6);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5_000);
  }

  private long[] placeNodes() {
    return jdbc
        .queryForList(
            "SELECT node_id FROM place_attachment WHERE node_id IS NOT NULL ORDER BY node_id",
            Long.class)
        .stream()
        .mapToLong(Long::longValue)
        .toArray();
  }
}
