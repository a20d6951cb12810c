package org.outreachplanner.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** outreach_edge_costs on the hand-checked network: seconds = length / (km/h / 3.6). */
@DatabaseTest
class EdgeCostsIT {

  /**
   * Default speeds of the small network's classes, km/h: motorbike dry, rainy, on foot dry, rainy.
   * tertiary and unclassified use their '*' rows, track dirt its own row, path '*' (no surface;
   * paths stay open to motorbikes), busway has no row and falls back to '*'/'*', offroad is walked
   * in both modes.
   */
  private static final Map<String, double[]> KMH =
      Map.of(
          "tertiary", new double[] {40, 30, 4.5, 4},
          "unclassified", new double[] {30, 25, 4.5, 4},
          "track", new double[] {20, 10, 4, 3.5},
          "path", new double[] {12, 6, 4, 3.5},
          "busway", new double[] {20, 10, 4, 3.5},
          "offroad", new double[] {3, 3, 3, 3});

  private static final String COSTS =
      "SELECT id, source, target, cost, reverse_cost, length_m FROM outreach_edge_costs(?, ?)"
          + " ORDER BY id";

  @Autowired JdbcTemplate jdbc;
  @Autowired NetworkBuilder builder;
  @Autowired SpeedProfileRepository speeds;

  private SpeedProfileSnapshot profile;

  @BeforeEach
  void buildSmallNetwork() {
    RoadTables.clear(jdbc);
    RoadTables.load(jdbc, "small-network.sql");
    builder.rebuild();
    profile = SpeedProfileSnapshot.take(jdbc);
  }

  @AfterEach
  void restoreSpeeds() {
    profile.restore(jdbc);
  }

  @Test
  void everyEdgeCostsItsLengthAtTheSpeedOfItsClassModeAndSeason() {
    String[][] combos = {
      {"motorbike", "dry"}, {"motorbike", "rainy"}, {"on_foot", "dry"}, {"on_foot", "rainy"}
    };
    for (int c = 0; c < combos.length; c++) {
      String mode = combos[c][0];
      String season = combos[c][1];
      List<Map<String, Object>> rows = jdbc.queryForList(COSTS, mode, season);
      assertThat(rows).hasSize(SmallNetwork.EDGES.size());
      for (Map<String, Object> row : rows) {
        SmallNetwork.Edge e = SmallNetwork.edge((Long) row.get("id"));
        double kmh = KMH.get(e.roadClass())[c];
        double seconds = kmh == 0 ? -1 : e.lengthM() / (kmh / 3.6);
        String what = mode + " " + season + " edge " + e.id();
        assertThat(List.of(row.get("source"), row.get("target")))
            .as(what)
            .containsExactly(e.source(), e.target());
        assertThat((Double) row.get("cost")).as(what).isCloseTo(seconds, within(0.01));
        double back = e.oneWay() && mode.equals("motorbike") ? -1 : seconds;
        assertThat((Double) row.get("reverse_cost")).as(what).isCloseTo(back, within(0.01));
        assertThat((Double) row.get("length_m")).as(what).isCloseTo(e.lengthM(), within(0.01));
      }
    }
  }

  @Test
  void pgRoutingRunsDirectlyOnTheCosts() {
    // V-200M (vertex 3) to V-ON (vertex 8) by motorbike in the dry season: walk the 199.33 m
    // off-road leg at 3 km/h (239.19 s), main to the crossing at 40 km/h (23.15 s), cross north
    // at 30 km/h over 332.21 m and 110.74 m (39.87 s + 13.29 s): 315.50 s.
    Double seconds =
        jdbc.queryForObject(
            "SELECT sum(cost) FROM pgr_dijkstra("
                + "'SELECT * FROM outreach_edge_costs(''motorbike'', ''dry'')', 3, 8)",
            Double.class);
    assertThat(seconds).isCloseTo(315.50, within(0.01));

    List<Map<String, Object>> matrix =
        jdbc.queryForList(
            "SELECT start_vid, end_vid, agg_cost FROM pgr_dijkstraCostMatrix("
                + "'SELECT * FROM outreach_edge_costs(''motorbike'', ''dry'')',"
                + " ARRAY[1, 3, 8]) ORDER BY 1, 2");
    assertThat(matrix).hasSize(6);
    assertThat(matrix.get(3)).containsEntry("start_vid", 3L).containsEntry("end_vid", 8L);
    assertThat((Double) matrix.get(3).get("agg_cost")).isCloseTo(315.50, within(0.01));
  }

  @Test
  void aOneWayRoadCannotBeRiddenBackwardsButCanBeWalked() {
    String path =
        "SELECT count(*) FROM pgr_dijkstra('SELECT * FROM outreach_edge_costs(''%s'', ''dry'')', 11, 10)";
    assertThat(jdbc.queryForObject(path.formatted("motorbike"), Integer.class)).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT sum(cost) FROM pgr_dijkstra("
                    + "'SELECT * FROM outreach_edge_costs(''on_foot'', ''dry'')', 11, 10)",
                Double.class))
        .isCloseTo(514.4812 / (4 / 3.6), within(0.01));
  }

  @Test
  void aSpeedEditChangesTheCostsAtOnceWithoutARebuild() {
    double before = cost(1, "motorbike", "dry");
    speeds.set(SpeedChange.of("tertiary", "*", "motorbike", "dry", "20", null));

    assertThat(cost(1, "motorbike", "dry")).isCloseTo(2 * before, within(1e-9));
    assertThat(cost(1, "motorbike", "rainy")).isCloseTo(257.2406 / (30 / 3.6), within(0.01));
    assertThat(TestCounts.rows(jdbc, "road_network_build")).isEqualTo(1);
  }

  @Test
  void aSurfaceRowWinsOverTheClassRowAndAClassRowOverTheFallback() {
    speeds.set(SpeedChange.of("tertiary", "paved", "motorbike", "dry", "50", null));
    speeds.set(SpeedChange.of("busway", "*", "motorbike", "dry", "9", null));

    assertThat(cost(1, "motorbike", "dry")).isCloseTo(257.2406 / (50 / 3.6), within(0.01));
    assertThat(cost(10, "motorbike", "dry")).isCloseTo(102.8815 / (9 / 3.6), within(0.01));
  }

  @Test
  void speedZeroClosesTheRoadBothWays() {
    speeds.set(SpeedChange.of("unclassified", "*", "on_foot", "rainy", "0", "flooded ford"));

    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT cost, reverse_cost FROM outreach_edge_costs('on_foot', 'rainy') WHERE id = 5");
    assertThat(row).containsEntry("cost", -1.0).containsEntry("reverse_cost", -1.0);
    assertThat(cost(5, "on_foot", "dry")).isCloseTo(332.2113 / (4.5 / 3.6), within(0.01));
  }

  @Test
  void anUnknownModeOrSeasonIsAClearError() {
    assertThatThrownBy(() -> cost(1, "car", "dry"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("unknown travel mode 'car': expected motorbike or on_foot");
    assertThatThrownBy(() -> cost(1, "motorbike", "monsoon"))
        .hasMessageContaining("unknown season 'monsoon': expected dry or rainy");
  }

  @Test
  void theSeasonOfADateFollowsTheProvinceCalendarOrTheDefault() {
    assertThat(season("12", "2026-04-30")).isEqualTo(Season.DRY);
    assertThat(season("12", "2026-05-01")).isEqualTo(Season.RAINY);
    assertThat(season("12", "2026-10-31")).isEqualTo(Season.RAINY);
    assertThat(season("12", "2026-11-01")).isEqualTo(Season.DRY);
    // Quảng Trị: rainy September to December
    assertThat(season("44", "2026-08-31")).isEqualTo(Season.DRY);
    assertThat(season("44", "2026-09-01")).isEqualTo(Season.RAINY);
    assertThat(season("44", "2026-12-31")).isEqualTo(Season.RAINY);
    assertThat(season("44", "2026-05-15")).isEqualTo(Season.DRY);
  }

  private Season season(String province, String date) {
    return speeds.seasonOf(province, LocalDate.parse(date));
  }

  private double cost(long edge, String mode, String season) {
    return jdbc.queryForObject(
        "SELECT cost FROM outreach_edge_costs(?, ?) WHERE id = ?",
        Double.class,
        mode,
        season,
        edge);
  }
}
