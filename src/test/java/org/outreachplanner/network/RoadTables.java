package org.outreachplanner.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.outreachplanner.support.TestTables;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the domain and network tables, and loads the network fixtures. */
public final class RoadTables {

  private RoadTables() {}

  /** The domain tables and everything the network build, closures and DEM import write. */
  static void clear(JdbcTemplate jdbc) {
    TestTables.clear(jdbc);
    TestTables.owner()
        .execute(
            "TRUNCATE place_attachment, road_edge, road_node, road_closure, dem_tile,"
                + " road_network_build RESTART IDENTITY CASCADE");
  }

  /** Runs a SQL file of src/test/resources/fixtures. */
  public static void load(JdbcTemplate jdbc, String fixture) {
    try (InputStream in = RoadTables.class.getResourceAsStream("/fixtures/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      jdbc.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
