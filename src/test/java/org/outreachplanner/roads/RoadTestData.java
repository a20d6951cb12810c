package org.outreachplanner.roads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.outreachplanner.support.TestTables;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Road networks for the travel-time tests, written straight into the network tables. */
final class RoadTestData {

  private RoadTestData() {}

  /** Empties the domain, network and travel-time tables. */
  static void clear(JdbcTemplate jdbc) {
    TestTables.clear(jdbc);
    jdbc.execute(
        "TRUNCATE travel_time, travel_time_area, place_attachment, road_edge, road_node,"
            + " road_closure RESTART IDENTITY CASCADE");
  }

  /** The stand-in cost functions with hand-checkable speeds (roads/edge-costs-stand-in.sql). */
  static void standInCosts(JdbcTemplate jdbc) {
    jdbc.execute(script("roads/edge-costs-stand-in.sql"));
  }

  /** The small network of roads/hand-network.sql, on empty tables. */
  static void handNetwork(JdbcTemplate jdbc) {
    clear(jdbc);
    standInCosts(jdbc);
    jdbc.execute(script("roads/hand-network.sql"));
  }

  /**
   * The random grid of roads/grid-network.sql: {@code k} × {@code k} junctions, {@code places}
   * villages of commune G1C, on empty tables.
   */
  static void gridNetwork(JdbcTemplate jdbc, int k, int places, double seed) {
    clear(jdbc);
    standInCosts(jdbc);
    jdbc.execute(
        script("roads/grid-network.sql")
            .replace(":seed", Double.toString(seed))
            .replace(":places", Integer.toString(places))
            .replace(":k", Integer.toString(k)));
  }

  static String script(String resource) {
    try {
      return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
